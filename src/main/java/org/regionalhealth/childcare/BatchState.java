package org.regionalhealth.childcare;

/** A payment batch: created, reconciled without difference, or reconciled with differences. */
public enum BatchState {
    CREATED,
    RECONCILED,
    DISCREPANCY
}
