package org.regionalhealth.vaccination.schedule;

/** What sets a dose's earliest day. */
public enum EarliestReason {
    MIN_AGE,
    MIN_INTERVAL,
    MIN_FROM_FIRST,
    LIVE_VACCINE_28_DAYS,
    SEASON
}
