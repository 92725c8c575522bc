package org.regionalhealth.eldercare;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A hospice patient from referral to death and bereavement follow-up.
 *
 * @param pps Palliative Performance Scale v2 at referral (0–100 in steps of 10)
 */
public record HospicePatient(
        long id,
        long residentId,
        long wardUnitId,
        HospiceState state,
        String diagnosis,
        int pps,
        LocalDate referredOn,
        String referredBy,
        @Nullable LocalDate admittedOn,
        @Nullable String bedNo,
        @Nullable String declinedReason,
        @Nullable LocalDate endedOn,
        @Nullable PlaceOfDeath placeOfDeath,
        @Nullable String endNote) {}
