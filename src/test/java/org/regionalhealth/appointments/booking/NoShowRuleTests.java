package org.regionalhealth.appointments.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoShowRuleTests {

    private final NoShowRule rule = new NoShowRule(3, 365, 90);
    private final LocalDate today = LocalDate.of(2026, 12, 7);

    @Test
    void twoNoShowsDoNotSuspend() {
        assertThat(rule.suspendedThrough(List.of(today.minusDays(10), today.minusDays(5)), today))
                .isEmpty();
    }

    @Test
    void threeNoShowsSuspendForNinetyDaysAfterTheLast() {
        var days = List.of(today.minusDays(30), today.minusDays(20), today.minusDays(1));
        assertThat(rule.suspendedThrough(days, today))
                .contains(today.minusDays(1).plusDays(90));
    }

    @Test
    void theSuspensionEndsAfterItsLastDay() {
        var last = today.minusDays(91);
        var days = List.of(last.minusDays(2), last.minusDays(1), last);
        assertThat(rule.suspendedThrough(days, today)).isEmpty();
        assertThat(rule.suspendedThrough(days, today.minusDays(1))).contains(today.minusDays(1));
    }

    @Test
    void noShowsOutsideTheWindowAreNotCounted() {
        var days = List.of(today.minusDays(365), today.minusDays(10), today.minusDays(5));
        assertThat(rule.suspendedThrough(days, today)).isEmpty();
        var inside = List.of(today.minusDays(364), today.minusDays(10), today.minusDays(5));
        assertThat(rule.suspendedThrough(inside, today)).isPresent();
    }
}
