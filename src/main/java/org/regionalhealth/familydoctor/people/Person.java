package org.regionalhealth.familydoctor.people;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.residents.Masking;

/** A resident as this module keeps them: what worklists and rules need, copied from the resident index. */
public record Person(
        long residentId,
        String name,
        String sex,
        LocalDate birthDate,
        @Nullable String phone,
        long unitId,
        String unitPath) {

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public String maskedName() {
        return Masking.name(name);
    }

    public @Nullable String maskedPhone() {
        return Masking.phone(phone);
    }
}
