package org.regionalhealth.eldercare;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A family sickbed (家庭病床) with its visit plan: the next doctor's visit is due on {@code nextVisitDue}. */
public record HomeBed(
        long id,
        long residentId,
        int ruleVersion,
        String indication,
        String diagnosis,
        long doctorStaffId,
        String doctorName,
        String caregiver,
        LocalDate admittedOn,
        LocalDate plannedUntil,
        int visitIntervalDays,
        LocalDate nextVisitDue,
        @Nullable LocalDate lastVisitOn,
        HomeBedState state,
        @Nullable LocalDate dischargedOn,
        @Nullable DischargeReason dischargeReason,
        @Nullable String dischargeNote,
        String admittedBy) {

    public boolean open() {
        return state == HomeBedState.OPEN;
    }

    /** The doctor's visit is past its day. */
    public boolean overdue(LocalDate today) {
        return open() && nextVisitDue.isBefore(today);
    }

    /** Days the doctor's visit is late (0 when not overdue). */
    public long daysOverdue(LocalDate today) {
        return overdue(today) ? java.time.temporal.ChronoUnit.DAYS.between(nextVisitDue, today) : 0;
    }

    /** The admission period (建床周期) has run out: re-assess or discharge. */
    public boolean periodEnded(LocalDate today) {
        return open() && plannedUntil.isBefore(today);
    }
}
