package org.regionalhealth.populationscreening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The first-stage test as recorded: the day, the items found (questionnaire items, warning signs or signs of the
 * standing examination, by code), for colorectal the two faecal immunochemical tests (true = positive), and measured
 * values by code (spine: {@code ATR_THORACIC}, {@code ATR_THORACOLUMBAR}, {@code ATR_LUMBAR} in degrees; COPD:
 * {@code PACK_YEARS}, {@code BMI}). Missing values are refused on their field.
 */
public record FirstStage(
        @Nullable LocalDate screenedOn,
        Set<String> findings,
        @Nullable Boolean fit1,
        @Nullable Boolean fit2,
        Map<String, BigDecimal> measures) {

    public FirstStage {
        findings = Set.copyOf(findings);
        measures = Map.copyOf(measures);
    }

    /** A first stage without measured values (colorectal, autism). */
    public FirstStage(
            @Nullable LocalDate screenedOn, Set<String> findings, @Nullable Boolean fit1, @Nullable Boolean fit2) {
        this(screenedOn, findings, fit1, fit2, Map.of());
    }
}
