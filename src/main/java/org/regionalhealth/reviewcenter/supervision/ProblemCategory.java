package org.regionalhealth.reviewcenter.supervision;

/**
 * The three kinds of review of 《医疗机构处方审核规范》(国卫办医发〔2018〕14号) 第十四–十六条, used to group findings
 * into "top problems by category": 合法性 (prescribing rights), 规范性 (format, quantities, controlled-drug rules) and
 * 适宜性 (appropriateness: dose, interactions, contraindications, special populations).
 */
public enum ProblemCategory {
    LEGALITY("合法性", "Legality"),
    FORMAT("规范性", "Format and quantity"),
    APPROPRIATENESS("适宜性", "Appropriateness");

    private final String labelZh;
    private final String labelEn;

    ProblemCategory(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The category of a rule, from its id (rules.md: LEGAL_* rights; NORM_*, quantity and controlled-drug rules). */
    public static ProblemCategory of(String ruleId) {
        if (ruleId.startsWith("LEGAL_") || ruleId.equals("ABX_GRADE_EXCEEDS_RIGHT")) {
            return LEGALITY;
        }
        if (ruleId.startsWith("NORM_")
                || ruleId.startsWith("QTY_")
                || ruleId.startsWith("LONGRX_")
                || ruleId.startsWith("NARC_")
                || ruleId.startsWith("PSY")
                || ruleId.startsWith("MPH_")
                || ruleId.startsWith("TOXIC_")
                || ruleId.startsWith("PETHIDINE")
                || ruleId.equals("VALIDITY")
                || ruleId.equals("ISSUE_DATE_FUTURE")
                || ruleId.equals("ABX_SPECIAL_OUTPATIENT")) {
            return FORMAT;
        }
        return APPROPRIATENESS;
    }
}
