package org.regionalhealth.residents.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.Disclosure;
import org.regionalhealth.residents.Masking;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentIdNumber;

/**
 * A resident as an API client or page sees it, under the reader's {@link Disclosure}: the same fields on every page
 * and API for the same reader.
 *
 * @param name the full name, or {@code 张*} when the role sees masked names
 * @param birthDate absent whenever the ID number is masked (its hidden digits are the birth date)
 * @param age whole years on the district's today
 * @param masked whether {@code idNumber} and {@code phone} are masked
 * @param nameMasked whether {@code name} is masked
 */
record ResidentView(
        long id,
        String name,
        String sex,
        @Nullable LocalDate birthDate,
        int age,
        String idNumber,
        @Nullable String phone,
        String villageCode,
        long unitId,
        @Nullable String address,
        boolean masked,
        boolean nameMasked) {

    static ResidentView of(Resident resident, Disclosure disclosure, LocalDate today) {
        boolean full = disclosure.fullIdentifiers();
        return new ResidentView(
                resident.id(),
                disclosure.fullName() ? resident.name() : Masking.name(resident.name()),
                resident.sex().labelZh(),
                disclosure.birthDate() ? resident.birthDate() : null,
                resident.ageOn(today),
                full ? resident.idNumber() : new ResidentIdNumber(resident.idNumber()).masked(),
                full ? resident.phone() : Masking.phone(resident.phone()),
                resident.divisionCode(),
                resident.unitId(),
                // the street address identifies a household as well as a phone number does
                full ? resident.address() : Masking.address(resident.address()),
                !full,
                !disclosure.fullName());
    }
}
