package org.regionalhealth.appointments.family;

/** How a 就诊人 is related to the resident who books for them. */
public enum FamilyRelation {
    CHILD,
    PARENT,
    SPOUSE,
    OTHER
}
