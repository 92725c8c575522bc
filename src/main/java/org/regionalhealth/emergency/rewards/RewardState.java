package org.regionalhealth.emergency.rewards;

/** Where a reward stands. */
public enum RewardState {
    PROPOSED,
    APPROVED,
    PAID,
    REJECTED
}
