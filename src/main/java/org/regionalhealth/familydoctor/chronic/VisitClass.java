package org.regionalhealth.familydoctor.chronic;

/** 此次随访分类, the four values of the follow-up form (国家基本公共卫生服务规范（第三版）, 高血压/2型糖尿病随访服务记录表). */
public enum VisitClass {
    CONTROLLED("控制满意", "Controlled"),
    UNCONTROLLED("控制不满意", "Not controlled"),
    ADVERSE_REACTION("不良反应", "Adverse reaction"),
    COMPLICATION("并发症", "Complication");

    private final String labelZh;
    private final String labelEn;

    VisitClass(String labelZh, String labelEn) {
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
