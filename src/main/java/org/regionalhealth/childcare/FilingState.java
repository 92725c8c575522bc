package org.regionalhealth.childcare;

/** Filing (备案) state of a childcare institution with the health authority. */
public enum FilingState {
    FILED,
    PENDING,
    NOT_FILED,
    REVOKED
}
