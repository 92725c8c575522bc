package org.regionalhealth.childcare;

/** Outcome of an inspection of a childcare institution. */
public enum InspectionResult {
    PASSED,
    RECTIFY,
    FAILED
}
