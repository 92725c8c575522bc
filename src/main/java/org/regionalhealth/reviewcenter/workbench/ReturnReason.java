package org.regionalhealth.reviewcenter.workbench;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Coded reasons a pharmacist returns a prescription with. The codes follow the three categories of 《医院处方点评管理规范
 * （试行）》(卫医管发〔2010〕28号) 第十七至十九条 — 不规范处方, 用药不适宜处方, 超常处方 — refined to the problems the
 * screening rules raise (research §2.5–2.6), so supervision can count "top problems by category".
 */
public enum ReturnReason {
    FORMAT,
    DIAGNOSIS,
    INDICATION,
    DRUG_CHOICE,
    ROUTE_FORM,
    DOSE,
    INTERACTION,
    DUPLICATE,
    CONTRAINDICATION,
    SUPPLY,
    NO_INDICATION,
    PRESCRIBING_RIGHT,
    TIMEOUT,
    OTHER;

    ReturnReason() {}

    /** Reasons a pharmacist may choose (TIMEOUT is the system's). */
    public static List<ReturnReason> forPharmacists() {
        return Arrays.stream(values()).filter(r -> r != TIMEOUT).toList();
    }

    /**
     * The reason a pharmacist returns a prescription with for a finding of this screening rule (the rule ids of
     * docs/rules.md): interactions and incompatibilities, doses, supplies, the diagnosis, format, duplicates,
     * contraindications and special populations, dosage form or route, prescribing rights; anything else is the choice of
     * drug.
     */
    public static ReturnReason forRule(String ruleId) {
        if (ruleId.equals("DDI")
                || ruleId.equals("IV_INCOMPAT")
                || ruleId.equals("TCM_18FAN")
                || ruleId.equals("TCM_19WEI")) {
            return INTERACTION;
        }
        if (ruleId.startsWith("DOSE") || ruleId.startsWith("TCM_OVER")) {
            return DOSE;
        }
        if (ruleId.startsWith("QTY")
                || ruleId.startsWith("LONGRX")
                || ruleId.startsWith("NARC")
                || ruleId.matches("[A-Z0-9]+_OVER_\\d+[DW]")) {
            return SUPPLY;
        }
        if (ruleId.equals("NORM_NO_DIAGNOSIS")) {
            return DIAGNOSIS;
        }
        if (ruleId.startsWith("NORM") || ruleId.equals("VALIDITY")) {
            return FORMAT;
        }
        if (ruleId.startsWith("DUP")) {
            return DUPLICATE;
        }
        if (ruleId.startsWith("LEGAL") || ruleId.equals("ABX_GRADE_EXCEEDS_RIGHT")) {
            return PRESCRIBING_RIGHT;
        }
        if (ruleId.startsWith("ROUTE")) {
            return ROUTE_FORM;
        }
        if (Set.of("ALLERGY", "DRUG_DISEASE", "PREGNANCY", "LACTATION", "RENAL", "HEPATIC", "PAED_AGE", "PIM")
                .contains(ruleId)) {
            return CONTRAINDICATION;
        }
        return DRUG_CHOICE;
    }

    static Optional<ReturnReason> parse(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
    }
}
