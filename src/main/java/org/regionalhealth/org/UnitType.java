package org.regionalhealth.org;

/** Kinds of organisational unit. The tree: commission → medical communities → hospitals and centres → stations. */
public enum UnitType {
    HEALTH_COMMISSION("区卫生健康局", "Health commission"),
    CDC("疾病预防控制中心", "CDC"),
    EMERGENCY_CENTRE("急救中心", "Emergency medical centre"),
    MEDICAL_COMMUNITY("医共体", "Medical community"),
    HOSPITAL("区级医院", "District hospital"),
    HEALTH_CENTRE("社区卫生服务中心", "Community health centre"),
    STATION("社区卫生服务站/村卫生室", "Community station"),
    SCHOOL("学校/幼儿园", "School or kindergarten"),
    VACCINATION_CLINIC("预防接种门诊", "Vaccination clinic"),
    AMBULANCE_STATION("急救站", "Ambulance station"),
    CHILDCARE("托育机构", "Childcare institution"),
    PHARMACY("零售药店", "Pharmacy"),
    NURSING_HOME("养老机构", "Nursing home");

    private final String labelZh;
    private final String labelEn;

    UnitType(String labelZh, String labelEn) {
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
