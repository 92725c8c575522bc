package org.regionalhealth.eldercare;

import java.util.Map;

/** An assessment as the assessor enters it; a missing item is absent from {@code scores}. */
public record NewAssessment(
        long residentId,
        AssessmentReason reason,
        Map<AbilityItem, Integer> scores,
        boolean coma,
        boolean mentalDisorder,
        int careRiskEvents) {}
