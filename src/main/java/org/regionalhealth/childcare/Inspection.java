package org.regionalhealth.childcare;

import java.time.LocalDate;

/** An inspection of a childcare institution. */
public record Inspection(
        long id, long unitId, LocalDate inspectedOn, InspectionResult result, String note, String inspector) {}
