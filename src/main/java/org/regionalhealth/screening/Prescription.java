package org.regionalhealth.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A prescription (处方) or inpatient medication order as submitted for screening: 前记 (institution, setting, type,
 * diagnoses, age as written), 正文 (the lines) and 后记 (prescriber).
 *
 * @param id prescription number
 * @param institutionId issuing institution (org unit id)
 * @param setting outpatient, emergency or inpatient
 * @param type Western, Chinese patent medicine or decoction pieces
 * @param prescriber who signed it, with their rights
 * @param diagnoses diagnoses on this prescription (ICD-10 and text)
 * @param ageAsWritten the age printed in 前记 (e.g. {@code 4月}, {@code 0岁}); {@code null} when not printed
 * @param issuedOn date of issue
 * @param validityDays validity the prescriber set (第十八条: 当日有效, extension at most 3 days); {@code null}: the day
 *     of issue only
 * @param extendedSupplyReason the stated reason for more than 7 (emergency 3) days' supply: chronic disease,
 *     geriatric disease or a special case (第十九条); {@code null} when none is stated
 * @param longTerm issued as a long-term prescription (长期处方, 国卫办医发〔2021〕17号)
 * @param longTermAssessed the long-term prescription over 4 weeks has the evaluation, education and patient signature
 *     on record
 * @param takeHome the drugs leave the institution with the patient ({@code null}: unknown, treated as yes for
 *     outpatients)
 * @param decoctionCount 剂数 of a decoction prescription, {@code null} otherwise
 * @param lines the drug lines
 */
public record Prescription(
        String id,
        String institutionId,
        Setting setting,
        PrescriptionType type,
        Prescriber prescriber,
        List<Diagnosis> diagnoses,
        String ageAsWritten,
        LocalDate issuedOn,
        Integer validityDays,
        String extendedSupplyReason,
        boolean longTerm,
        boolean longTermAssessed,
        Boolean takeHome,
        Integer decoctionCount,
        List<PrescriptionLine> lines) {

    public Prescription {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issuedOn, "issuedOn");
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A builder for an outpatient Western prescription issued on {@code issuedOn}. */
    public static Builder builder(LocalDate issuedOn) {
        return new Builder(issuedOn);
    }

    public Builder toBuilder() {
        Builder b = new Builder(issuedOn);
        b.id = id;
        b.institutionId = institutionId;
        b.setting = setting;
        b.type = type;
        b.prescriber = prescriber;
        b.diagnoses = diagnoses;
        b.ageAsWritten = ageAsWritten;
        b.validityDays = validityDays;
        b.extendedSupplyReason = extendedSupplyReason;
        b.longTerm = longTerm;
        b.longTermAssessed = longTermAssessed;
        b.takeHome = takeHome;
        b.decoctionCount = decoctionCount;
        b.lines = lines;
        return b;
    }

    /** Builder, so that callers name the fields they set. */
    public static final class Builder {
        private String id;
        private String institutionId;
        private Setting setting = Setting.OUTPATIENT;
        private PrescriptionType type = PrescriptionType.WESTERN;
        private Prescriber prescriber;
        private List<Diagnosis> diagnoses = List.of();
        private String ageAsWritten;
        private final LocalDate issuedOn;
        private Integer validityDays;
        private String extendedSupplyReason;
        private boolean longTerm;
        private boolean longTermAssessed;
        private Boolean takeHome;
        private Integer decoctionCount;
        private List<PrescriptionLine> lines = List.of();

        private Builder(LocalDate issuedOn) {
            this.issuedOn = issuedOn;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder institutionId(String value) {
            institutionId = value;
            return this;
        }

        public Builder setting(Setting value) {
            setting = value;
            return this;
        }

        public Builder type(PrescriptionType value) {
            type = value;
            return this;
        }

        public Builder prescriber(Prescriber value) {
            prescriber = value;
            return this;
        }

        public Builder diagnoses(Diagnosis... value) {
            diagnoses = List.of(value);
            return this;
        }

        public Builder diagnoses(List<Diagnosis> value) {
            diagnoses = value;
            return this;
        }

        public Builder ageAsWritten(String value) {
            ageAsWritten = value;
            return this;
        }

        public Builder validityDays(Integer value) {
            validityDays = value;
            return this;
        }

        public Builder extendedSupplyReason(String value) {
            extendedSupplyReason = value;
            return this;
        }

        public Builder longTerm(boolean value) {
            longTerm = value;
            return this;
        }

        public Builder longTermAssessed(boolean value) {
            longTermAssessed = value;
            return this;
        }

        public Builder takeHome(Boolean value) {
            takeHome = value;
            return this;
        }

        public Builder decoctionCount(Integer value) {
            decoctionCount = value;
            return this;
        }

        public Builder lines(PrescriptionLine... value) {
            lines = List.of(value);
            return this;
        }

        public Builder lines(List<PrescriptionLine> value) {
            lines = value;
            return this;
        }

        public Prescription build() {
            return new Prescription(
                    id,
                    institutionId,
                    setting,
                    type,
                    prescriber,
                    diagnoses,
                    ageAsWritten,
                    issuedOn,
                    validityDays,
                    extendedSupplyReason,
                    longTerm,
                    longTermAssessed,
                    takeHome,
                    decoctionCount,
                    lines);
        }
    }
}
