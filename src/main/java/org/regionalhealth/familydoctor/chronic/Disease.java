package org.regionalhealth.familydoctor.chronic;

/**
 * The chronic diseases managed at village level (“慢病不出村”). Hypertension and type 2 diabetes follow the national
 * norms (国家基本公共卫生服务规范（第三版）, 2017); the other five are the village-level list the demo district assumes
 * (the published Xiaoshan figure is “seven chronic diseases”; the list itself is not published): they are followed
 * up quarterly with the clinician's judgement of stability feeding the same recheck/referral sequence.
 */
public enum Disease {
    HYPERTENSION("高血压", "Hypertension"),
    DIABETES_T2("2型糖尿病", "Type 2 diabetes"),
    COPD("慢性阻塞性肺疾病", "COPD"),
    ASTHMA("支气管哮喘", "Asthma"),
    CORONARY_HEART_DISEASE("冠心病", "Coronary heart disease"),
    STROKE("脑卒中", "Stroke (sequelae)"),
    CHRONIC_KIDNEY_DISEASE("慢性肾脏病", "Chronic kidney disease");

    private final String labelZh;
    private final String labelEn;

    Disease(String labelZh, String labelEn) {
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
