package org.regionalhealth.appointments;

import java.time.LocalDate;
import java.util.List;

/**
 * Visits at a physical institution that ended with a diagnosis (reported back by the clinic): what an online
 * follow-up (互联网复诊) must rest on. Not audited here: the caller audits its own read.
 */
public interface DiagnosedVisits {

    /** A visit with its diagnosis. */
    record Visit(
            long appointmentId,
            long unitId,
            String unitName,
            String departmentName,
            LocalDate day,
            String icd10,
            String text) {}

    /** The resident's diagnosed visits, newest first. */
    List<Visit> of(long residentId);

    /**
     * Residents with a diagnosed visit at the institution since the day, most recent visit first (ids only: for the
     * demo consultations and for counts; the caller audits what it shows).
     */
    List<Long> residentsDiagnosedAt(long unitId, LocalDate since, int limit);
}
