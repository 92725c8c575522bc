package org.regionalhealth.childcare;

/** Where a subsidy application stands: submitted, first review passed (初审), confirmed (审核确认), returned with a reason, paid. */
public enum ApplicationState {
    SUBMITTED,
    REVIEWED,
    APPROVED,
    RETURNED,
    PAID
}
