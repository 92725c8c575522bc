package org.regionalhealth.vaccination.schedule;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * 补种原则: from an age a series is completed with another product, up to a total dose count (DTaP → DT → Td).
 */
public record CatchUpSubstitution(
        String series,
        Period fromAge,
        Period toAge,
        String product,
        int totalDoses,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        String source) {

    public boolean appliesOn(LocalDate birthDate, LocalDate day) {
        return !day.isBefore(validFrom)
                && (validTo == null || !day.isAfter(validTo))
                && !day.isBefore(birthDate.plus(fromAge))
                && day.isBefore(birthDate.plus(toAge));
    }
}
