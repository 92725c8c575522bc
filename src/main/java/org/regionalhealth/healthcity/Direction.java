package org.regionalhealth.healthcity;

/** Which way an indicator is better. */
public enum Direction {
    /** 越高越好 (coverage, rates of good things). */
    HIGHER,
    /** 越低越好 (mortality, incidence, smoking, polluted days). */
    LOWER
}
