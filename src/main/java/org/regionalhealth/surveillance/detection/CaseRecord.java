package org.regionalhealth.surveillance.detection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One case event as the count-window rules see it: who, in which unit (at the rule's unit level), on which day, and
 * its category (syndrome group such as {@code fever}, or a disease such as {@code hfmd}). A person may have several
 * records (morning check and sick-absence on consecutive days); the rules count persons, not records.
 */
public record CaseRecord(String personId, String unitId, LocalDate date, String category) {

    public CaseRecord {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(category, "category");
    }
}
