package org.regionalhealth.populationscreening;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The diagnostic step's result (colonoscopy, autism 复筛/diagnosis) as recorded. */
public record FollowUp(@Nullable LocalDate on, @Nullable FollowUpOutcome outcome, @Nullable String note) {}
