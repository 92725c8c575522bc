package org.regionalhealth.vaccination.schedule;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;

/**
 * Seasonal influenza: from {@code minAge}; younger than {@code twoDoseMaxAge} and never vaccinated in an earlier
 * season → two doses {@code twoDoseInterval} apart; otherwise one dose per season.
 */
public record InfluenzaRule(
        Period minAge, Period twoDoseMaxAge, Period twoDoseInterval, MonthDay seasonStart, String source) {

    /** First day of the season the day falls in. */
    public LocalDate seasonStartOf(LocalDate day) {
        var start = seasonStart.atYear(day.getYear());
        return day.isBefore(start) ? start.minusYears(1) : start;
    }
}
