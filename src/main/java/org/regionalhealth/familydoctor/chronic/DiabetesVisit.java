package org.regionalhealth.familydoctor.chronic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the diabetes rules need from one visit (2型糖尿病患者随访服务记录表, research §2.2).
 *
 * @param fastingGlucose fasting glucose in mmol/L, one decimal as the form records it
 * @param persistentHeartRate resting heart rate when it persists, {@code null} if not measured
 * @param temperature body temperature in °C, {@code null} if not measured
 */
public record DiabetesVisit(
        LocalDate date,
        BigDecimal fastingGlucose,
        @Nullable Integer systolic,
        @Nullable Integer diastolic,
        @Nullable Integer persistentHeartRate,
        @Nullable BigDecimal temperature,
        boolean pregnantOrLactating,
        boolean adverseReaction,
        boolean newOrWorseComplication,
        Set<DangerSign> dangerSigns,
        boolean previousNotControlled) {

    public DiabetesVisit {
        dangerSigns = Set.copyOf(dangerSigns);
    }

    public static DiabetesVisit of(LocalDate date, String fastingGlucose, boolean previousNotControlled) {
        return new DiabetesVisit(
                date,
                new BigDecimal(fastingGlucose),
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                Set.of(),
                previousNotControlled);
    }
}
