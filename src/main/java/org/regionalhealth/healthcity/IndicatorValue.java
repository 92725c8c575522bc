package org.regionalhealth.healthcity;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The value of an indicator for a town and year that the evaluation uses.
 *
 * @param indicatorId the catalogue version it was collected under
 * @param numerator for platform values, the count above the line
 * @param denominator for platform values, the count below the line
 * @param submissionId for department values, the approved submission
 */
public record IndicatorValue(
        long id,
        long indicatorId,
        String code,
        int year,
        String townCode,
        BigDecimal value,
        @Nullable BigDecimal numerator,
        @Nullable BigDecimal denominator,
        Origin origin,
        @Nullable Long submissionId,
        @Nullable String note,
        Instant recordedAt) {}
