package org.regionalhealth.healthcity;

import java.util.List;

/** Composite scores by town and year, rankings, year-on-year change and the most improved towns. */
public interface Evaluations {

    /** Years that have values, oldest first. */
    List<Integer> years();

    /** The ranking of a year. */
    Evaluation of(int year);

    /** One town's score taken apart: every indicator's value, sub-score, weight and contribution. */
    TownEvaluation town(String townCode, int year);
}
