package org.regionalhealth.screening.formats;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.residents.ResidentIdNumber;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.DispensedMedicine;
import org.regionalhealth.screening.LiverImpairment;
import org.regionalhealth.screening.PatientContext;

/**
 * Collects what is known about the patient from wherever it comes (a REST body, CDS Hooks prefetch, a FHIR bundle,
 * the doctor's form, our own records) and remembers what was <em>not</em> provided, so that a verdict can say which
 * checks it could not make (issue 3 §5: "screening proceeds and says what it could not check") instead of passing
 * them silently.
 */
public final class PatientIntake {

    public @Nullable String idNumber;
    public @Nullable LocalDate birthDate;
    public @Nullable Sex sex;
    public @Nullable Double weightKg;
    public @Nullable Boolean pregnant;
    public @Nullable Boolean lactating;
    /** {@code null}: the allergy history was not provided (an empty list: no known allergies) */
    public @Nullable List<String> allergies;

    public final List<Diagnosis> diagnoses = new ArrayList<>();
    public @Nullable Double egfr;
    public @Nullable LocalDate egfrDate;
    public @Nullable Double creatinineUmolPerL;
    public @Nullable LocalDate creatinineDate;
    public @Nullable LiverImpairment liver;
    public boolean cancerPainRegistered;
    public final List<DispensedMedicine> history = new ArrayList<>();

    /**
     * Takes birth date and sex from a valid 18-digit ID number (GB 11643 encodes both) where they were not given.
     *
     * @throws IllegalArgumentException with a Chinese message when the number is not a valid ID number
     */
    public PatientIntake idNumber(String value) {
        ResidentIdNumber id = ResidentIdNumber.parse(value);
        idNumber = id.value();
        if (birthDate == null) {
            birthDate = id.birthDate();
        }
        if (sex == null) {
            sex = id.sex();
        }
        return this;
    }

    public PatientContext toContext() {
        return new PatientContext(
                birthDate,
                sex,
                weightKg,
                Boolean.TRUE.equals(pregnant),
                Boolean.TRUE.equals(lactating),
                allergies == null ? List.of() : allergies,
                diagnoses,
                egfr,
                egfrDate,
                creatinineUmolPerL,
                creatinineDate,
                liver,
                cancerPainRegistered,
                history);
    }

    /** What screening could not check for lack of data, in Chinese, for the prescriber and the pharmacist. */
    public List<String> gaps(LocalDate today) {
        List<String> gaps = new ArrayList<>();
        Integer age =
                birthDate == null ? null : Period.between(birthDate, today).getYears();
        if (birthDate == null) {
            gaps.add("未提供出生日期或身份证号：儿童、老年等年龄相关规则未核对");
        }
        if (sex == null) {
            gaps.add("未提供性别：肌酐估算 eGFR 与妊娠相关规则未核对");
        }
        if (weightKg == null && age != null && age < 14) {
            gaps.add("未提供体重：儿童按体重计算的剂量未核对");
        }
        if (egfr == null && creatinineUmolPerL == null) {
            gaps.add("无近期血肌酐或 eGFR：肾功能相关剂量未核对");
        }
        if (allergies == null) {
            gaps.add("未提供过敏史：过敏相关规则未核对");
        }
        // 育龄期 as the national maternal-health statistics count it (15–49); ask when nobody said
        if (sex == Sex.FEMALE && age != null && age >= 15 && age <= 49 && pregnant == null) {
            gaps.add("育龄女性未提供妊娠状态：妊娠期用药规则按未妊娠核对");
        }
        if (idNumber == null) {
            gaps.add("患者未识别（无身份证号）：未纳入区域用药史");
        }
        return List.copyOf(gaps);
    }
}
