package org.regionalhealth.familydoctor.chronic;

/** What a follow-up leads to (国家基本公共卫生服务规范（第三版）, 2017, 高血压/2型糖尿病患者健康管理服务规范 “分类干预”). */
public enum FollowUpAction {
    /** 控制满意: book the next routine follow-up (at least 4 a year). */
    ROUTINE("预约下次常规随访", "Next routine follow-up"),
    /** First uncontrolled visit or an adverse reaction: adjust treatment, follow up within 2 weeks. */
    RECHECK_IN_TWO_WEEKS("2周内随访", "Recheck within 2 weeks"),
    /** Two consecutive uncontrolled visits or a new/worse complication: refer up, check the referral within 2 weeks. */
    REFER("转诊，2周内主动随访转诊情况", "Refer; check the referral within 2 weeks"),
    /** Emergency criteria: refer urgently after first aid, check the referral within 2 weeks. */
    EMERGENCY_REFERRAL("紧急转诊，2周内主动随访转诊情况", "Emergency referral; check within 2 weeks");

    private final String labelZh;
    private final String labelEn;

    FollowUpAction(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public boolean refers() {
        return this == REFER || this == EMERGENCY_REFERRAL;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
