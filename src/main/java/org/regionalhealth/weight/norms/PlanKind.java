package org.regionalhealth.weight.norms;

/** What the plan does: lose weight, keep it, or no plan and see the family doctor. */
public enum PlanKind {
    LOSS,
    MAINTAIN,
    REFERRAL
}
