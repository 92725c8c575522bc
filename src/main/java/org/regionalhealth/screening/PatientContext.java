package org.regionalhealth.screening;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.regionalhealth.residents.Sex;

/**
 * What screening needs to know about the patient (research §2.4, "patient data needed").
 *
 * @param birthDate date of birth (age in days for neonates, years otherwise)
 * @param sex sex
 * @param weightKg body weight, {@code null} when not recorded
 * @param pregnant pregnant
 * @param lactating breast-feeding
 * @param allergies allergy history: drug names, class names (青霉素类) or free text; {@code 无}/{@code 否认} mean none
 * @param diagnoses known diagnoses beyond those on the prescription (problem list)
 * @param egfr measured or reported eGFR (ml/min/1.73 m²), {@code null} when not known
 * @param egfrDate date of the eGFR result
 * @param creatinineUmolPerL serum creatinine (µmol/L), used to compute eGFR (CKD-EPI 2021) when no eGFR is given
 * @param creatinineDate date of the creatinine result
 * @param liver liver impairment, {@code null} when not known
 * @param cancerPainRegistered registered cancer-pain or moderate-to-severe chronic-pain patient (《处方管理办法》第二十四条)
 * @param history regional medication history
 */
public record PatientContext(
        LocalDate birthDate,
        Sex sex,
        Double weightKg,
        boolean pregnant,
        boolean lactating,
        List<String> allergies,
        List<Diagnosis> diagnoses,
        Double egfr,
        LocalDate egfrDate,
        Double creatinineUmolPerL,
        LocalDate creatinineDate,
        LiverImpairment liver,
        boolean cancerPainRegistered,
        List<DispensedMedicine> history) {

    public PatientContext {
        allergies = allergies == null ? List.of() : List.copyOf(allergies);
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** An adult-style context with only birth date and sex; tests add the rest with {@code ScreeningCopies}. */
    public static PatientContext of(LocalDate birthDate, Sex sex) {
        return of(birthDate, sex, List.of());
    }

    /** Birth date, sex and the diagnoses a prescription is written for (an online follow-up, for example). */
    public static PatientContext of(LocalDate birthDate, Sex sex, List<Diagnosis> diagnoses) {
        return new PatientContext(
                birthDate, sex, null, false, false, List.of(), diagnoses, null, null, null, null, null, false,
                List.of());
    }

    /** Age in whole days on {@code day}, {@code null} when the birth date is unknown. */
    public Long ageInDays(LocalDate day) {
        return birthDate == null ? null : ChronoUnit.DAYS.between(birthDate, day);
    }

    /** Age in completed years on {@code day}, {@code null} when the birth date is unknown. */
    public Integer ageInYears(LocalDate day) {
        return birthDate == null ? null : Period.between(birthDate, day).getYears();
    }

    /** Age in fractional years (days / 365.25) for comparisons with label age limits such as 18 or 0.5. */
    public Double exactAgeInYears(LocalDate day) {
        Long d = ageInDays(day);
        return d == null ? null : d / 365.25;
    }
}
