package org.regionalhealth.childcare;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A child was enrolled in a childcare institution (published in the writing transaction). */
public record ChildEnrolled(long enrolmentId, long unitId, @Nullable Long residentId, LocalDate enrolledOn) {}
