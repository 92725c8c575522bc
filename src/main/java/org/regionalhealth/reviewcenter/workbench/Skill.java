package org.regionalhealth.reviewcenter.workbench;

/** What a review task needs of a pharmacist (issue 4 item 1: routing by skill). See {@link SkillRouting}. */
public enum Skill {
    TCM("中药"),
    ONCOLOGY("肿瘤"),
    PAEDIATRICS("儿科"),
    ANTIMICROBIAL("抗菌药物"),
    GENERAL("综合");

    private final String labelZh;

    Skill(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
