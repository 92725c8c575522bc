package org.regionalhealth.healthcity;

/** The indicators the platform computes from its own modules' data. */
public interface PlatformIndicators {

    /**
     * Recomputes every platform-derived indicator for every town for the current year (as of today) and stores the
     * values under the current catalogue versions.
     */
    Recomputed recompute();

    /** What a recomputation did. */
    record Recomputed(int year, int indicators, int values, long millis) {}
}
