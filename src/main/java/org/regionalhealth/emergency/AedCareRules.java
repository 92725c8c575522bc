package org.regionalhealth.emergency;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When an AED needs its owner: a check is due every {@code inspectionIntervalDays} after the last one (monthly:
 * Hangzhou's 《公共场所自动体外除颤器配置与维护管理规范》 and DB3301/T 0435-2023 Annex D keep a maintenance record;
 * the district checks every device at least monthly, with daily patrols by the site), and a pad or battery expiring
 * within {@code expiryWarningDays} (the expiry day included) is announced to the owner.
 *
 * @param inspectionIntervalDays a check on day d covers d … d + interval; the day after, the device is overdue
 * @param expiryWarningDays an expiry date at most this many days ahead is "expiring"
 * @param source where the rule comes from, shown on the registry page
 */
public record AedCareRules(int inspectionIntervalDays, int expiryWarningDays, String source) {

    public boolean inspectionOverdue(@Nullable LocalDate lastInspection, LocalDate today) {
        return lastInspection == null || today.isAfter(lastInspection.plusDays(inspectionIntervalDays));
    }

    /** In date today and expiring within the window (an expiry today counts: the last day of use). */
    public boolean expiringSoon(LocalDate expiry, LocalDate today) {
        return !today.isAfter(expiry) && !expiry.isAfter(today.plusDays(expiryWarningDays));
    }

    /** The day the next check is due (the last day it still counts as in time). */
    public @Nullable LocalDate nextInspectionDue(@Nullable LocalDate lastInspection) {
        return lastInspection == null ? null : lastInspection.plusDays(inspectionIntervalDays);
    }
}
