package org.regionalhealth.healthcity;

/** Where a value in the evaluation came from. */
public enum Origin {
    /** 平台计算. */
    PLATFORM,
    /** 部门填报（已审定）. */
    FORM,
    /** 历史数据导入: evaluations from before the platform. */
    IMPORT
}
