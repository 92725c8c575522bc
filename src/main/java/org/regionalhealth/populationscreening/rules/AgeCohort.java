package org.regionalhealth.populationscreening.rules;

import java.time.LocalDate;

/**
 * A yearly round's cohort by age in whole years in the round's year, counted by birth year (as the programmes'
 * notices do): ages {@code minAge}–{@code maxAge} in 2026 are the residents born 2026 − maxAge … 2026 − minAge.
 */
public record AgeCohort(int minAge, int maxAge) {

    public AgeCohort {
        if (minAge < 0 || maxAge < minAge) {
            throw new IllegalArgumentException("ages " + minAge + "–" + maxAge);
        }
    }

    /** The oldest birthday in the round's year. */
    public LocalDate bornFrom(int year) {
        return LocalDate.of(year - maxAge, 1, 1);
    }

    /** The youngest birthday in the round's year. */
    public LocalDate bornTo(int year) {
        return LocalDate.of(year - minAge, 12, 31);
    }

    public boolean contains(LocalDate birthDate, int year) {
        return !birthDate.isBefore(bornFrom(year)) && !birthDate.isAfter(bornTo(year));
    }
}
