package org.regionalhealth.populationscreening.rules;

import java.time.LocalDate;

/**
 * The referral clock: a positive first stage on day D with a clock of N days is due by D + N; it is overdue from
 * the day after (N days elapsed: still in time; N + 1: overdue).
 */
public final class ReferralClock {

    private ReferralClock() {}

    public static LocalDate dueOn(LocalDate referredOn, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a referral clock has at least one day: " + days);
        }
        return referredOn.plusDays(days);
    }

    public static boolean overdue(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }
}
