package org.regionalhealth.vaccination.schedule;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A provincial or local free programme (Zhejiang's table, versioned apart from the national schedule).
 *
 * @param byCalendarYear age counted by calendar year (the 2025 season covers those born in 1965 or earlier)
 * @param enabled {@code false}: unconfirmed, kept as configuration with its status and not applied
 */
public record Programme(
        String code,
        String nameZh,
        String series,
        String product,
        String sex,
        int minAgeYears,
        @Nullable Integer maxAgeYears,
        boolean byCalendarYear,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        boolean enabled,
        String source) {

    public boolean covers(LocalDate birthDate, char sexCode, LocalDate day) {
        if (!enabled || day.isBefore(validFrom) || (validTo != null && day.isAfter(validTo))) {
            return false;
        }
        if (!sex.isEmpty() && sex.charAt(0) != sexCode) {
            return false;
        }
        int age = byCalendarYear
                ? day.getYear() - birthDate.getYear()
                : java.time.Period.between(birthDate, day).getYears();
        return age >= minAgeYears && (maxAgeYears == null || age <= maxAgeYears);
    }
}
