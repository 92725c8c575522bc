package org.regionalhealth.drugs;

/** Severity of an interaction or an IV incompatibility, most severe first. */
public enum Severity {
    CONTRAINDICATED,
    MAJOR,
    MODERATE,
    MINOR
}
