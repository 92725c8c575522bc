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
    FORMAT("不规范处方：前记、正文或后记书写不规范", "Irregular prescription (format)"),
    DIAGNOSIS("不规范处方：无诊断或诊断书写不全", "Missing or incomplete diagnosis"),
    INDICATION("用药不适宜：适应证不适宜", "Inappropriate indication"),
    DRUG_CHOICE("用药不适宜：遴选的药品不适宜", "Inappropriate drug choice"),
    ROUTE_FORM("用药不适宜：药品剂型或给药途径不适宜", "Inappropriate dosage form or route"),
    DOSE("用药不适宜：用法、用量不适宜", "Inappropriate dose or frequency"),
    INTERACTION("用药不适宜：联合用药不适宜或有配伍禁忌、不良相互作用", "Interaction or incompatibility"),
    DUPLICATE("用药不适宜：重复给药", "Duplicate therapy"),
    CONTRAINDICATION("用药不适宜：有禁忌证（疾病、过敏、特殊人群）", "Contraindication"),
    SUPPLY("超常处方：用药天数或数量超出规定", "Excessive supply"),
    NO_INDICATION("超常处方：无适应证用药", "Use without indication"),
    PRESCRIBING_RIGHT("不规范处方：无相应处方权限", "No prescribing right"),
    TIMEOUT("审核超时，系统退回", "Review timed out (system)"),
    OTHER("其他", "Other");

    private final String labelZh;
    private final String labelEn;

    ReturnReason(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

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
