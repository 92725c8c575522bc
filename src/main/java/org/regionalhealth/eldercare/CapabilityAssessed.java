package org.regionalhealth.eldercare;

import java.time.LocalDate;

/** A capability assessment was recorded (published in the writing transaction). */
public record CapabilityAssessed(
        long assessmentId,
        long residentId,
        LocalDate assessedOn,
        int total,
        CapabilityGrade grade,
        AssessmentReason reason) {}
