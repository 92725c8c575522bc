package org.regionalhealth.healthcity;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether a department indicator's values for a year are in, on time, late or missing.
 *
 * @param state the submission's state, null when nothing is submitted (an import counts as approved)
 * @param reportedAt when it was submitted or imported
 */
public record ReportingStatus(
        Indicator indicator,
        int year,
        LocalDate dueOn,
        @Nullable SubmissionState state,
        @Nullable Long submissionId,
        @Nullable Instant reportedAt,
        Timeliness timeliness) {

    /** 按时 / 逾期提交 / 逾期未报 / 未到截止日. */
    public enum Timeliness {
        ON_TIME,
        LATE,
        MISSING,
        NOT_DUE
    }
}
