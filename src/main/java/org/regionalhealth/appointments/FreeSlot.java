package org.regionalhealth.appointments;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A free, released slot offered to a resident. */
public record FreeSlot(
        long slotId,
        long sessionId,
        long unitId,
        String unitName,
        String departmentCode,
        String departmentName,
        @Nullable String doctorName,
        @Nullable String doctorTitle,
        LocalDate day,
        SessionPeriod period,
        Instant startsAt,
        int feeCents,
        int freeInSession) {}
