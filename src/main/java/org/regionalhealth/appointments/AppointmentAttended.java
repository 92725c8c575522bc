package org.regionalhealth.appointments;

import java.time.Instant;

/** The resident checked in on arrival and got a queue number. */
public record AppointmentAttended(
        long appointmentId,
        long residentId,
        long unitId,
        String departmentCode,
        String serviceType,
        Instant checkedInAt,
        int queueNumber) {}
