package org.regionalhealth.platform;

/**
 * The roles of the district platform. Each role is attached to one organisational unit and sees that unit's subtree
 * (docs/adr/0005-identity-roles-and-data-scopes.md).
 */
public enum Role {
    /** 区卫健局管理员: the whole district. */
    DISTRICT_ADMIN("区级管理员", "District administrator"),
    /** 医共体药师: one medical community (医共体). */
    MC_PHARMACIST("医共体药师", "Medical-community pharmacist"),
    /** 医院医生: one hospital. */
    HOSPITAL_DOCTOR("医院医生", "Hospital doctor"),
    /** 社区卫生服务站/村卫生室医生: one station. */
    STATION_DOCTOR("村医/站点医生", "Station (village) doctor"),
    /** 疾控人员: district-wide surveillance; personal data only where a signal needs it. */
    CDC_OFFICER("疾控人员", "CDC officer"),
    /** 学校卫生老师/校医: one school or kindergarten. */
    SCHOOL_NURSE("学校卫生老师", "School health teacher"),
    /** 居民: only their own record. */
    RESIDENT("居民", "Resident"),
    /** 接口服务账号: a HIS or device system calling the API for its unit. */
    SERVICE("接口账号", "Service account"),
    /** 预防接种门诊护士: one vaccination clinic (queue, checks, scanning, observation, stock). */
    VACCINATION_NURSE("接种门诊护士", "Vaccination nurse"),
    /** 心电诊断医生: the regional ECG reading centre (a hospital) and the stations that send to it. */
    ECG_PHYSICIAN("心电诊断医生", "ECG physician"),
    /** 急救中心人员: the 120 centre; AEDs, ambulance stations and the cardiac-arrest registry, district-wide. */
    EMERGENCY_OFFICER("急救中心人员", "Emergency-centre officer"),
    /** 补贴经办人员: childcare places, allowances and subsidies, district-wide; personal data masked. */
    SUBSIDY_OFFICER("补贴经办人员", "Subsidy officer"),
    /** 部门填报员: a department that submits health-city indicator values with evidence. */
    DEPARTMENT_OFFICER("部门填报员", "Department officer"),
    /** 数据管理员: the steward of the trusted health data space (catalogue, approvals, releases). */
    DATA_STEWARD("数据管理员", "Data steward"),
    /** 数据使用方: a researcher who requests de-identified data products; never sees a person. */
    RESEARCHER("数据使用方", "Researcher");

    private final String labelZh;
    private final String labelEn;

    Role(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
