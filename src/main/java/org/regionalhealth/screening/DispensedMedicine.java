package org.regionalhealth.screening;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A medicine dispensed to the patient anywhere in the region (regional medication history, research §2.4 C6: the
 * region-wide history is what a single hospital cannot see). It counts for interactions and duplicates while it is
 * active: dispensed within the history window and its supply not yet used up.
 *
 * @param drugName drug as dispensed
 * @param institutionId dispensing institution
 * @param dispensedOn dispensing date
 * @param daysSupply days the supply lasts, {@code null} when unknown (then active for the whole window)
 */
public record DispensedMedicine(String drugName, String institutionId, LocalDate dispensedOn, Integer daysSupply) {

    public DispensedMedicine {
        Objects.requireNonNull(drugName, "drugName");
        Objects.requireNonNull(dispensedOn, "dispensedOn");
    }

    /** Whether the medicine is still taken on {@code day}, looking back at most {@code windowDays}. */
    public boolean activeOn(LocalDate day, int windowDays) {
        if (dispensedOn.isAfter(day) || dispensedOn.isBefore(day.minusDays(windowDays))) {
            return false;
        }
        return daysSupply == null || !dispensedOn.plusDays(daysSupply).isBefore(day);
    }
}
