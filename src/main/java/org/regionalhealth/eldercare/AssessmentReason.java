package org.regionalhealth.eldercare;

/**
 * Why an assessment was made (the standard's 首次评估 / 常规评估 / 即时评估 / 复评), plus the assessment made with the
 * annual health check of residents 65 and older (老年人健康管理, 国家基本公共卫生服务规范).
 */
public enum AssessmentReason {
    ANNUAL_CHECK,
    FIRST,
    ROUTINE,
    IMMEDIATE,
    REASSESSMENT
}
