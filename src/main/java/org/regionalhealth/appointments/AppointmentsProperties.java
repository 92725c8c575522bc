package org.regionalhealth.appointments;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the booking rules (research Part 2 §2.4). Zhejiang has no published province-wide release time, window,
 * cancellation deadline or no-show penalty (UNCONFIRMED there), so every value is a setting; the defaults follow the
 * retrieved comparators and are marked as such in docs/appointments.md.
 *
 * @param releaseDaysAhead a session's slots are released this many days before its day (Ningbo: 8; hospitals 7–28)
 * @param releaseTime at this time of day (Ningbo 12:00; other hospitals 00:00–19:00)
 * @param priorityShare share of a hospital session's slots kept for family-doctor referrals (2015 《进一步改善医疗服务
 *     行动计划》: 二级以上医院为基层预留号源; the quota is UNCONFIRMED for Zhejiang)
 * @param priorityReleaseHours reserved slots still free this many hours before the session opens go to everyone
 * @param cancelDaysBefore cancellation is possible until {@code cancelTime} this many days before the visit (浙二眼科:
 *     the day before, 23:59)
 * @param cancelTime see {@code cancelDaysBefore}
 * @param maxPerDay open bookings of one resident on one day (Beijing 114: one per day, hospital, department, session)
 * @param maxPerDepartmentDay open bookings of one resident in one department of one institution on one day
 * @param maxOpen open (future) bookings of one resident in all
 * @param noShowLimit no-shows within {@code noShowWindowDays} that suspend online booking (Beijing 114: 3)
 * @param noShowWindowDays the counting window (114: the calendar year, here a rolling year)
 * @param suspensionDays how long online booking stays suspended after the last counted no-show (114: 90)
 * @param demoDays days of schedules the demo writes from today
 * @param demoHistoryDays past days of demo booking history
 */
@ConfigurationProperties("rhp.appointments")
public record AppointmentsProperties(
        @DefaultValue("7") int releaseDaysAhead,
        @DefaultValue("08:00") LocalTime releaseTime,
        @DefaultValue("0.2") double priorityShare,
        @DefaultValue("24") int priorityReleaseHours,
        @DefaultValue("1") int cancelDaysBefore,
        @DefaultValue("23:59") LocalTime cancelTime,
        @DefaultValue("2") int maxPerDay,
        @DefaultValue("1") int maxPerDepartmentDay,
        @DefaultValue("5") int maxOpen,
        @DefaultValue("3") int noShowLimit,
        @DefaultValue("365") int noShowWindowDays,
        @DefaultValue("90") int suspensionDays,
        @DefaultValue("7") int demoDays,
        @DefaultValue("14") int demoHistoryDays) {}
