package org.regionalhealth.appointments;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An appointment as the resident and staff see it (names already resolved). */
public record Appointment(
        long id,
        long slotId,
        long sessionId,
        long residentId,
        long unitId,
        String unitName,
        String departmentCode,
        String departmentName,
        String serviceType,
        @Nullable String doctorName,
        LocalDate day,
        SessionPeriod period,
        Instant startsAt,
        int feeCents,
        AppointmentStatus status,
        boolean priority,
        @Nullable Integer queueNumber,
        @Nullable Instant checkedInAt) {}
