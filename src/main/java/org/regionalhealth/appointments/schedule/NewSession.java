package org.regionalhealth.appointments.schedule;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.appointments.SessionPeriod;

/**
 * A session to plan: one doctor (or a general clinic when {@code doctorStaffId} is {@code null}) of one department in
 * one period of one day.
 *
 * @param capacity the number of slots (号源)
 * @param slotMinutes the length of one consultation, for the expected wait
 * @param feeCents the registration fee (挂号费/诊查费) in fen
 */
public record NewSession(
        long unitId,
        String departmentCode,
        String serviceType,
        @Nullable Long doctorStaffId,
        @Nullable String doctorName,
        @Nullable String doctorTitle,
        LocalDate day,
        SessionPeriod period,
        int capacity,
        int slotMinutes,
        int feeCents) {}
