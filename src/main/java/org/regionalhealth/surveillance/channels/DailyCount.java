package org.regionalhealth.surveillance.channels;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One aggregated daily figure: fever-clinic/emergency visits by syndrome ({@code visits}), pharmacy units sold by
 * class ({@code pharmacy}), laboratory positives by pathogen ({@code lab}), nursing-home cases by syndrome
 * ({@code nursing_home}). Re-sending a unit's day and category replaces it.
 */
public record DailyCount(
        @Nullable String channel,
        @Nullable String unitCode,
        @Nullable LocalDate day,
        @Nullable String category,
        @Nullable Integer count) {}
