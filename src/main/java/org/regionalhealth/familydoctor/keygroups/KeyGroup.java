package org.regionalhealth.familydoctor.keygroups;

/**
 * The ten key population groups for family-doctor contracting (十类重点人群; research §2.4: 国卫基层发〔2016〕1号 names
 * the first eight, 脱贫人口 and 计划生育特殊家庭 were added later).
 */
public enum KeyGroup {
    CHILDREN_0_6("0–6岁儿童", "Children 0–6"),
    ELDERLY_65("65岁及以上老年人", "Elderly 65+"),
    MATERNAL("孕产妇", "Pregnant and postpartum women"),
    HYPERTENSION("高血压患者", "Hypertension"),
    DIABETES_T2("2型糖尿病患者", "Type 2 diabetes"),
    TUBERCULOSIS("肺结核患者", "Tuberculosis"),
    SEVERE_MENTAL("严重精神障碍患者", "Severe mental disorder"),
    DISABILITY("残疾人", "Disability"),
    POVERTY_LIFTED("脱贫人口", "Lifted out of poverty"),
    FP_SPECIAL("计划生育特殊家庭", "Special family-planning families");

    private final String labelZh;
    private final String labelEn;

    KeyGroup(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
