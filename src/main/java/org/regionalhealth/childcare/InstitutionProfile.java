package org.regionalhealth.childcare;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the registry records about an institution: filing, places and staff. */
public record InstitutionProfile(
        FilingState filingState,
        @Nullable String filingNumber,
        @Nullable LocalDate filedOn,
        int capacity,
        int puhuiPlaces,
        int staff,
        int caregivers) {}
