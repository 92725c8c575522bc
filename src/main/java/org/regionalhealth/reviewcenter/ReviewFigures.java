package org.regionalhealth.reviewcenter;

import java.time.LocalDate;
import java.util.List;

/**
 * The review center's supervision rates as counts per institution, for modules that roll them up another way (the
 * health-city indicators of issue 23 sum them by town). Counts only: no person, no audit. District-wide: the caller
 * decides what it shows to whom.
 */
public interface ReviewFigures {

    /**
     * Numerator and denominator of a supervision indicator ({@code REVIEW_RATE} 处方审核率, {@code
     * PHARMACIST_REVIEW_RATE}, {@code INTERVENTION_RATE} … docs/indicators.md §Prescription review supervision) per
     * prescribing institution over the days {@code from}–{@code to} (both included, district zone).
     *
     * @throws IllegalArgumentException for an unknown indicator
     */
    List<InstitutionFigure> byInstitution(String indicator, LocalDate from, LocalDate to);

    /** One institution's counts. */
    record InstitutionFigure(long institutionId, long numerator, long denominator) {}
}
