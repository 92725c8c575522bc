package org.regionalhealth.reviewcenter.workbench;

/**
 * Kinds of {@code prescriptionreview_review_event} rows (V3). Supervision counts from these: a queue entry is an event
 * whose {@code to_state} is QUEUED, whatever its kind (SCREENED for a first submission, MODIFIED for a revision).
 */
public enum EventKind {
    SCREENED,
    QUEUED,
    CLAIMED,
    RELEASED,
    APPROVED,
    APPROVED_WITH_NOTE,
    RETURNED,
    ESCALATED,
    TIMEOUT,
    AUTO_PASSED,
    MODIFIED,
    DOUBLE_SIGNED,
    DISPENSED,
    CANCELLED,
    AMBER,
    RED
}
