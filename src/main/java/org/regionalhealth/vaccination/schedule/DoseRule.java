package org.regionalhealth.vaccination.schedule;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * One dose of a series as a schedule table gives it.
 *
 * @param version the schedule version (2021, 2025 …) or {@code label} for non-programme products
 * @param track empty for every track of the series
 * @param sex {@code F}, {@code M} or empty
 * @param bornFrom only children born on or after this day
 * @param minAge earliest and recommended age
 * @param completeBefore the dose is overdue from this age; {@code null}: overdue when the timeliness window after it
 *     fell due has passed
 * @param maxAge no dose from this age
 * @param startAgeMin for label regimens: the row applies when the course starts at this age or older
 * @param startAgeMax … and younger than this
 * @param minInterval from the previous dose of the series
 * @param minFromFirst from the first dose of the series
 * @param validFrom in force from (inclusive)
 * @param validTo in force until (inclusive), {@code null} while in force
 * @param programme a national-programme dose (free) rather than a self-paid, label-based one
 */
public record DoseRule(
        String version,
        String series,
        String track,
        int dose,
        String product,
        String sex,
        @Nullable LocalDate bornFrom,
        Period minAge,
        @Nullable Period completeBefore,
        @Nullable Period maxAge,
        @Nullable Period startAgeMin,
        @Nullable Period startAgeMax,
        @Nullable Period minInterval,
        @Nullable Period minFromFirst,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        boolean programme,
        String source,
        String note) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean appliesTo(LocalDate birthDate, char sexCode) {
        return (sex.isEmpty() || sex.charAt(0) == sexCode) && (bornFrom == null || !birthDate.isBefore(bornFrom));
    }

    public boolean appliesToStartAge(LocalDate birthDate, LocalDate start) {
        return (startAgeMin == null || !start.isBefore(birthDate.plus(startAgeMin)))
                && (startAgeMax == null || start.isBefore(birthDate.plus(startAgeMax)));
    }
}
