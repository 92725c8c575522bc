package org.regionalhealth.healthcity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A department's submission of one indicator for one year, all towns at once, with its evidence. */
public record Submission(
        long id,
        long indicatorId,
        String code,
        int year,
        Department department,
        SubmissionState state,
        String note,
        LocalDate dueOn,
        String submittedBy,
        Instant submittedAt,
        @Nullable String firstBy,
        @Nullable Instant firstAt,
        @Nullable String finalBy,
        @Nullable Instant finalAt,
        @Nullable String returnedBy,
        @Nullable Instant returnedAt,
        @Nullable String returnReason,
        Map<String, BigDecimal> values,
        List<Evidence> evidence) {

    /** An evidence file (its content is read separately). */
    public record Evidence(long id, String fileName, String contentType, int sizeBytes, String sha256) {}
}
