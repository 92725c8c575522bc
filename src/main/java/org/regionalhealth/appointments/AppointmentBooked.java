package org.regionalhealth.appointments;

import java.time.Instant;

/**
 * A resident holds a slot: published in the booking transaction.
 *
 * @param serviceType what the session offers ({@code OUTPATIENT}, or another module's own type)
 * @param priority booked from the family-doctor reserved share
 * @param triageId the triage that led here, or {@code null}
 */
public record AppointmentBooked(
        long appointmentId,
        long residentId,
        long unitId,
        String departmentCode,
        String serviceType,
        Instant startsAt,
        boolean priority,
        Long triageId) {}
