package org.regionalhealth.residents;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * A resident as the index holds it. Identifiers are as stored; use {@link #masked()} before showing the record to
 * a reader who does not need them.
 */
public record Resident(
        long id,
        String idNumber,
        String name,
        String namePinyin,
        Sex sex,
        LocalDate birthDate,
        @Nullable String phone,
        String divisionCode,
        long unitId,
        String unitPath,
        @Nullable String address) {

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /**
     * The same record with ID number and phone masked. Not for display on its own: the birth date it keeps rebuilds
     * the masked number; pages and APIs show a resident under the reader's {@code platform.Disclosure}.
     */
    public Resident masked() {
        return new Resident(
                id,
                new ResidentIdNumber(idNumber).masked(),
                name,
                namePinyin,
                sex,
                birthDate,
                Masking.phone(phone),
                divisionCode,
                unitId,
                unitPath,
                address);
    }
}
