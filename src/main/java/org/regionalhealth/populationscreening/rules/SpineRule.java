package org.regionalhealth.populationscreening.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regionalhealth.populationscreening.PopulationScreeningProperties;

/**
 * Students' scoliosis screening (《儿童青少年脊柱弯曲异常防控技术指南》, 2021; GB/T 16133-2014): the trunk rotation
 * (ATR) of the three segments measured with a scoliometer in the forward bend, after the movement test. Positive when
 * any segment's ATR is at or above {@code atrThreshold} (5°); the grade of a positive is that of the largest ATR:
 * Ⅰ度 5° ≤ ATR &lt; 7°, Ⅱ度 7° ≤ ATR &lt; 10°, Ⅲ度 ATR ≥ 10° (research notes §3.2). The signs of the standing examination
 * (双肩不等高 …) are recorded with the result but do not make it positive on their own.
 */
public final class SpineRule {

    /** The three segments measured, as keys of {@link org.regionalhealth.populationscreening.FirstStage#measures}. */
    public static final List<String> SEGMENTS = List.of("ATR_THORACIC", "ATR_THORACOLUMBAR", "ATR_LUMBAR");

    /** Signs of the standing examination (一般检查). */
    public static final List<String> SIGNS =
            List.of("SHOULDERS_UNEVEN", "SCAPULAE_UNEVEN", "WAIST_ASYMMETRIC", "ILIAC_UNEVEN", "SPINOUS_DEVIATED");

    /** A scoliometer reads 0–30°. */
    public static final BigDecimal MAX_ATR = BigDecimal.valueOf(30);

    private final PopulationScreeningProperties.Spine settings;

    public SpineRule(PopulationScreeningProperties.Spine settings) {
        this.settings = settings;
    }

    public AgeCohort cohort() {
        return new AgeCohort(settings.minAge(), settings.maxAge());
    }

    /** Positive ({@code ATR}) when a segment is at or above the threshold. */
    public Evaluation evaluate(Map<String, BigDecimal> atr) {
        var reasons = new ArrayList<String>();
        if (largest(atr).compareTo(settings.atrThreshold()) >= 0) {
            reasons.add("ATR");
        }
        return new Evaluation(!reasons.isEmpty(), reasons);
    }

    /** The grade of a positive (1, 2, 3), empty below the threshold. */
    public Optional<Integer> grade(Map<String, BigDecimal> atr) {
        var max = largest(atr);
        if (max.compareTo(settings.atrThreshold()) < 0) {
            return Optional.empty();
        }
        if (max.compareTo(settings.gradeThreeFrom()) >= 0) {
            return Optional.of(3);
        }
        return Optional.of(max.compareTo(settings.gradeTwoFrom()) >= 0 ? 2 : 1);
    }

    public static BigDecimal largest(Map<String, BigDecimal> atr) {
        return SEGMENTS.stream()
                .map(s -> atr.getOrDefault(s, BigDecimal.ZERO))
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }
}
