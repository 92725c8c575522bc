package org.regionalhealth.healthcity;

import org.jspecify.annotations.Nullable;

/**
 * A town's composite score in a year.
 *
 * @param score Σ weight × sub-score / Σ weight over every indicator of the evaluation, 0–100 (a missing value
 *     scores 0)
 * @param completeness share of the weight that has a value, 0–100
 * @param previousScore the year before, null when that year has no score
 * @param change score − previous score
 * @param previousRank the rank the year before
 */
public record TownScore(
        int rank,
        String townCode,
        String townName,
        double score,
        double completeness,
        @Nullable Double previousScore,
        @Nullable Double change,
        @Nullable Integer previousRank) {

    /** Places gained since the year before (positive = moved up), null without a previous rank. */
    public @Nullable Integer rankChange() {
        return previousRank == null ? null : previousRank - rank;
    }
}
