package org.regionalhealth.healthcity;

/** The district departments that own indicators (数据责任部门); labels in the module's bundle. */
public enum Department {
    PATRIOTIC,
    HEALTH,
    CDC,
    ECOLOGY,
    URBAN,
    AGRICULTURE,
    INSURANCE,
    SPORTS,
    MARKET,
    EDUCATION,
    CIVIL,
    FINANCE,
    PROPAGANDA,
    CIVILIZATION
}
