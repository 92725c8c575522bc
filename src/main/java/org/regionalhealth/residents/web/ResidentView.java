package org.regionalhealth.residents.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.residents.Resident;

/**
 * A resident as an API client or page sees it: identifiers masked unless the reader's role needs them.
 *
 * @param masked whether {@code idNumber} and {@code phone} are masked
 */
record ResidentView(
        long id,
        String name,
        String sex,
        LocalDate birthDate,
        int age,
        String idNumber,
        @Nullable String phone,
        String villageCode,
        long unitId,
        @Nullable String address,
        boolean masked) {

    static ResidentView of(Resident resident, CurrentUser user, boolean forceMask, LocalDate today) {
        boolean mask = forceMask || !user.mayReadFullIdentifiers();
        Resident shown = mask ? resident.masked() : resident;
        return new ResidentView(
                shown.id(),
                shown.name(),
                shown.sex().labelZh(),
                shown.birthDate(),
                shown.ageOn(today),
                shown.idNumber(),
                shown.phone(),
                shown.divisionCode(),
                shown.unitId(),
                shown.address(),
                mask);
    }
}
