package org.regionalhealth.emergency;

/** Presumed cause (Utstein core). */
public enum Aetiology {
    MEDICAL,
    TRAUMA,
    OVERDOSE,
    DROWNING,
    ELECTROCUTION,
    ASPHYXIA
}
