package org.regionalhealth.healthcity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A town's score taken apart, indicator by indicator (the drill-down from the score to the data). */
public record TownEvaluation(int year, TownScore score, List<Item> items) {

    /**
     * One indicator of the town's score.
     *
     * @param indicator the version the value was collected under (the current version when there is no value)
     * @param value null when missing
     * @param subScore 0–100
     * @param contribution points of the composite score this item gives (weight × sub-score / Σ weight)
     */
    public record Item(
            Indicator indicator, @Nullable IndicatorValue value, double subScore, double weight, double contribution) {}
}
