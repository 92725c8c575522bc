package org.regionalhealth.eldercare;

/** The band of an ESAS-r item score (see {@link SymptomScoring}): 0 none, 1–3 mild, 4–6 moderate, 7–10 severe. */
public enum SymptomBand {
    NONE,
    MILD,
    MODERATE,
    SEVERE
}
