package org.regionalhealth.healthcity;

/** A department's values for an indicator and year were approved at the second level and entered the evaluation. */
public record IndicatorSubmissionApproved(long submissionId, String code, int year, Department department) {}
