package org.regionalhealth.populationscreening;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A 0–6 health check as the doctor enters it; missing or impossible values are refused on their field, all at once. */
public record NewChildCheck(
        @Nullable String visit,
        @Nullable LocalDate checkedOn,
        @Nullable BigDecimal weightKg,
        @Nullable BigDecimal lengthCm,
        @Nullable BigDecimal headCm,
        @Nullable Integer hb,
        @Nullable Boolean developmentNormal,
        @Nullable String note) {}
