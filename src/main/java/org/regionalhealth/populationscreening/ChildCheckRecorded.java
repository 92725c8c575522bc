package org.regionalhealth.populationscreening;

import java.time.LocalDate;

/** A child's 0–6 health check was recorded (issue 21); published in the writing transaction. */
public record ChildCheckRecorded(
        long checkId, long residentId, String visit, LocalDate checkedOn, boolean developmentNormal) {}
