package org.regionalhealth.vaccination;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dose was given and recorded (published in the recording transaction).
 *
 * @param series the schedule series the dose counts for (several for a combination vaccine)
 * @param lotNumber the lot, {@code null} for history taken over without one
 */
public record VaccinationGiven(
        long recordId,
        long residentId,
        String product,
        List<String> series,
        LocalDate givenOn,
        long clinicId,
        @Nullable String lotNumber,
        @Nullable String traceCode) {}
