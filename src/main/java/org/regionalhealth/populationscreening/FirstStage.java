package org.regionalhealth.populationscreening;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The first-stage test as recorded: the day, the items found (questionnaire items or warning signs, by code) and,
 * for colorectal, the two faecal immunochemical tests (true = positive). Missing values are refused on their field.
 */
public record FirstStage(
        @Nullable LocalDate screenedOn, Set<String> findings, @Nullable Boolean fit1, @Nullable Boolean fit2) {}
