package org.regionalhealth.reviewcenter.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.regionalhealth.platform.PlatformException;

/** The issue date of a submitted prescription against the district clock. */
final class IssueDates {

    private IssueDates() {}

    /**
     * A prescription dated after today (beyond the allowed clock skew of the submitting system) or past its validity
     * (《处方管理办法》第十八条: 当日有效，延长不超过3天) is refused before anything is screened or stored: a future-dated
     * prescription could otherwise be dispensed early, an expired one must be issued again.
     */
    static void checkIssueDate(LocalDate issuedOn, Integer validityDays, Clock clock, Duration skew) {
        if (issuedOn == null) {
            return;
        }
        Instant now = clock.instant();
        LocalDate latest = LocalDate.ofInstant(now.plus(skew), clock.getZone());
        if (issuedOn.isAfter(latest)) {
            throw PlatformException.invalidField(
                    "PRESCRIPTION_DATED_IN_FUTURE",
                    "issuedOn",
                    "开具日期" + issuedOn + "晚于今日" + LocalDate.ofInstant(now, clock.getZone()) + "，不能提交未来日期的处方");
        }
        int days = validityDays == null || validityDays < 1 ? 1 : Math.min(validityDays, 3);
        LocalDate lastValid = issuedOn.plusDays(days - 1L);
        LocalDate earliestToday = LocalDate.ofInstant(now.minus(skew), clock.getZone());
        if (lastValid.isBefore(earliestToday)) {
            throw PlatformException.invalidField(
                    "PRESCRIPTION_EXPIRED",
                    "issuedOn",
                    "处方开具于" + issuedOn + "，有效期至" + lastValid + "，已过期，请重新开具（《处方管理办法》第十八条）");
        }
    }
}
