package org.regionalhealth.eldercare;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A recorded capability assessment. */
public record Assessment(
        long id,
        long residentId,
        LocalDate assessedOn,
        AssessmentReason reason,
        Map<AbilityItem, Integer> scores,
        int total,
        Map<AbilityDomain, Integer> domainTotals,
        CapabilityGrade preliminary,
        CapabilityGrade grade,
        List<String> adjustments,
        String assessor) {}
