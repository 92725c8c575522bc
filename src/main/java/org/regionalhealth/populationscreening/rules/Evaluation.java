package org.regionalhealth.populationscreening.rules;

import java.util.List;

/**
 * A first stage's result: positive or not and why ({@code FIT}, {@code QUESTIONNAIRE}, {@code WARNING_SIGN}; labels
 * {@code populationscreening.reason.*}).
 */
public record Evaluation(boolean positive, List<String> reasons) {}
