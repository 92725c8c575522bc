package org.regionalhealth.childcare;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A child enrolled in a childcare institution. The ID number is as stored: mask it for the reader. */
public record Enrolment(
        long id,
        long unitId,
        String institutionName,
        String childIdNumber,
        String childName,
        LocalDate birthDate,
        @Nullable Long residentId,
        LocalDate enrolledOn,
        @Nullable LocalDate leftOn) {}
