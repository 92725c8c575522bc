package org.regionalhealth.eldercare;

/** How a home rehabilitation episode ended. */
public enum RehabOutcome {
    GOALS_MET,
    PARTLY_MET,
    NOT_MET,
    STOPPED
}
