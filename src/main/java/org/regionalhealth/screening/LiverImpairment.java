package org.regionalhealth.screening;

/** Liver function as recorded (Child–Pugh class where known). */
public enum LiverImpairment {
    NONE,
    /** Child–Pugh A */
    MILD,
    /** Child–Pugh B */
    MODERATE,
    /** Child–Pugh C */
    SEVERE
}
