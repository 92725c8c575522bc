package org.regionalhealth.vaccination.people;

import java.time.LocalDate;
import java.time.Period;

/** The facts of a resident the vaccination module needs, read from the resident index. */
public record Person(
        long id, String name, String idNumber, char sex, LocalDate birthDate, String unitPath, String divisionCode) {

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** Age as clinics write it: months under two years, then years. */
    public String ageText(LocalDate day) {
        var p = Period.between(birthDate, day);
        if (p.getYears() < 2) {
            return p.toTotalMonths() + "月龄";
        }
        return p.getYears() + "岁";
    }

    public String maskedIdNumber() {
        return idNumber.length() == 18 ? idNumber.substring(0, 6) + "********" + idNumber.substring(14) : "****";
    }
}
