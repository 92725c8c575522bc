package org.regionalhealth.familydoctor.chronic;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A resident under chronic-disease management for one disease, with the state the rules carry between visits. */
public record ChronicPatient(
        long id,
        long residentId,
        Disease disease,
        long unitId,
        String unitPath,
        LocalDate registeredOn,
        String status,
        @Nullable LocalDate lastVisitOn,
        @Nullable String lastClass,
        boolean previousNotControlled,
        LocalDate nextDue,
        String nextDueKind) {}
