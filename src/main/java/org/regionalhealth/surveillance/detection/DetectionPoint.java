package org.regionalhealth.surveillance.detection;

import java.time.LocalDate;

/**
 * One evaluated time point. Fields are {@code null} where R {@code surveillance} gives {@code NA}; a point whose
 * baseline is too short carries {@link Status#INSUFFICIENT_BASELINE} instead of an exception or a silent zero.
 *
 * @param t 1-based index in the full input series
 * @param date the epoch date, {@code null} for index-based series
 * @param observed the observed count ({@code null} if missing)
 * @param expected the baseline expectation (mean, percentile baseline median, GLM prediction …)
 * @param upperbound the alarm threshold: alarm when observed exceeds it
 * @param alarm the alarm decision, {@code null} when undefined
 * @param score a detector-specific statistic (z-score, Farrington exceedance score, C3 sum …)
 * @param pvalue a p-value where the method defines one
 */
public record DetectionPoint(
        int t,
        LocalDate date,
        Double observed,
        Double expected,
        Double upperbound,
        Boolean alarm,
        Double score,
        Double pvalue,
        Status status) {

    /** Why a point has or lacks a result. */
    public enum Status {
        /** The detector produced a result (some fields may still be {@code null}, as in R). */
        EVALUATED,
        /** Not enough history before this point for the configured baseline. */
        INSUFFICIENT_BASELINE,
        /** The computation is undefined here (R returns NA: zero variance in C3, a GLM that did not converge). */
        UNDEFINED
    }

    static DetectionPoint insufficient(int t, LocalDate date, double observed) {
        return new DetectionPoint(t, date, boxed(observed), null, null, null, null, null, Status.INSUFFICIENT_BASELINE);
    }

    static Double boxed(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
