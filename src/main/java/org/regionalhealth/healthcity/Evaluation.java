package org.regionalhealth.healthcity;

import java.util.List;

/**
 * A year's evaluation.
 *
 * @param ranking towns by composite score, best first
 * @param mostImproved up to three towns whose score rose most over the year before (进步最快)
 * @param districtMean mean of the towns' scores
 * @param collecting whether the year's department values are not yet due (scores are provisional)
 * @param indicators indicators in the evaluation
 */
public record Evaluation(
        int year,
        List<TownScore> ranking,
        List<TownScore> mostImproved,
        double districtMean,
        boolean collecting,
        int indicators) {}
