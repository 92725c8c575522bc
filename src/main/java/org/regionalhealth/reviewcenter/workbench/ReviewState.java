package org.regionalhealth.reviewcenter.workbench;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Verdict;

/**
 * Where a stored prescription stands between screening and dispensing: the model of
 * {@code V3__review_workflow.sql} (see its comments), one value per {@code review_state}.
 */
public enum ReviewState {
    PASSED,
    AWAITING_SIGNATURE,
    QUEUED,
    CLAIMED,
    ESCALATED,
    APPROVED,
    RETURNED,
    REJECTED,
    DOUBLE_SIGNED,
    DISPENSED,
    CANCELLED;

    /** States a HIS may charge and dispense from. */
    public static final Set<ReviewState> DISPENSABLE = Set.of(PASSED, APPROVED, DOUBLE_SIGNED);

    /** States with an open review task. */
    public static final Set<ReviewState> IN_REVIEW = Set.of(QUEUED, CLAIMED, ESCALATED);

    /** States the doctor has to act on (退回处方 list). */
    public static final Set<ReviewState> DOCTOR_ACTION = Set.of(RETURNED, AWAITING_SIGNATURE, REJECTED);

    public boolean dispensable() {
        return DISPENSABLE.contains(this);
    }

    /**
     * The state a screening verdict leads to (issue 4 item 1): PASS/NOTICE → PASSED, BLOCK_OVERRIDABLE →
     * AWAITING_SIGNATURE, PHARMACIST_REVIEW or UNSCREENED → QUEUED (never a silent pass), REJECT → REJECTED.
     */
    public static ReviewState after(Verdict.Status status, Action action) {
        if (status == Verdict.Status.UNSCREENED) {
            return QUEUED;
        }
        return switch (action) {
            case PASS, NOTICE -> PASSED;
            case BLOCK_OVERRIDABLE -> AWAITING_SIGNATURE;
            case PHARMACIST_REVIEW -> QUEUED;
            case REJECT -> REJECTED;
        };
    }

    /** What a patient is told: waiting, passed, returned (for the resident page). */
    public String patientStatus() {
        return switch (this) {
            case QUEUED, CLAIMED, ESCALATED -> "WAITING";
            case PASSED, APPROVED, DOUBLE_SIGNED -> "PASSED";
            case DISPENSED -> "DISPENSED";
            case CANCELLED -> "CANCELLED";
            case RETURNED, REJECTED, AWAITING_SIGNATURE -> "RETURNED";
        };
    }

    public static @Nullable ReviewState parse(@Nullable String value) {
        return value == null ? null : valueOf(value);
    }
}
