package org.regionalhealth.eldercare;

/** Who visited a family sickbed: the doctor's visit (查床) resets the visit plan, a nurse's visit does not. */
public enum VisitKind {
    DOCTOR,
    NURSE
}
