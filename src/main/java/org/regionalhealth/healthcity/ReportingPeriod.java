package org.regionalhealth.healthcity;

/** The period an indicator is reported for. */
public enum ReportingPeriod {
    /** 年度: one value per town and calendar year. */
    ANNUAL
}
