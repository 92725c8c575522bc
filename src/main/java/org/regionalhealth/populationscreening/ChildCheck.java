package org.regionalhealth.populationscreening;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One recorded 0–6 health check (儿童健康检查): the visit ({@code M1} 满月 … {@code Y6}), the day, weight (kg),
 * length or height (cm), head circumference (cm, to 36 months), haemoglobin (g/L, at the Hb visits), development
 * (true = normal for age), a note and who recorded it.
 */
public record ChildCheck(
        long id,
        long residentId,
        String visit,
        LocalDate checkedOn,
        BigDecimal weightKg,
        BigDecimal lengthCm,
        @Nullable BigDecimal headCm,
        @Nullable Integer hb,
        boolean developmentNormal,
        @Nullable String note,
        String recordedBy) {}
