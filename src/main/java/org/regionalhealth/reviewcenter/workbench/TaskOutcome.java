package org.regionalhealth.reviewcenter.workbench;

import java.util.Set;

/**
 * How a pharmacist's review task ended ({@code prescriptionreview_review_task.outcome}, V3): decided by a pharmacist,
 * by a timeout policy, or superseded by the doctor's next revision.
 */
public enum TaskOutcome {
    APPROVED,
    APPROVED_WITH_NOTE,
    RETURNED,
    /** the timer ran out and the policy returned the prescription to the doctor */
    TIMEOUT_RETURNED,
    /** the timer ran out and the policy passed the prescription (超时自动通过) */
    TIMEOUT_PASSED,
    /** a revision of the prescription replaced the task before anyone decided */
    SUPERSEDED;

    /** A pharmacist approved it, with or without a note. */
    public static final Set<TaskOutcome> APPROVING = Set.of(APPROVED, APPROVED_WITH_NOTE);

    /** A pharmacist decided (approved or returned), as the decision indicators count. */
    public static final Set<TaskOutcome> PHARMACIST_DECISIONS = Set.of(APPROVED, APPROVED_WITH_NOTE, RETURNED);

    /** A timeout policy decided. */
    public static final Set<TaskOutcome> TIMED_OUT = Set.of(TIMEOUT_RETURNED, TIMEOUT_PASSED);
}
