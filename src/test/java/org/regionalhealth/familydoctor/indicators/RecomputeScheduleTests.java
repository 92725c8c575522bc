package org.regionalhealth.familydoctor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The nightly job rebuilds every period on the first day of a quarter, so the closed quarter gets its last day. */
class RecomputeScheduleTests {

    @Test
    void everythingOnTheFirstDayOfAQuarterOnly() {
        assertThat(RecomputeSchedule.firstDayOfQuarter(LocalDate.of(2027, 1, 1)))
                .isTrue();
        assertThat(RecomputeSchedule.firstDayOfQuarter(LocalDate.of(2026, 4, 1)))
                .isTrue();
        assertThat(RecomputeSchedule.firstDayOfQuarter(LocalDate.of(2026, 10, 1)))
                .isTrue();
        assertThat(RecomputeSchedule.firstDayOfQuarter(LocalDate.of(2026, 12, 31)))
                .isFalse();
        assertThat(RecomputeSchedule.firstDayOfQuarter(LocalDate.of(2026, 4, 2)))
                .isFalse();
        assertThat(RecomputeSchedule.firstDayOfQuarter(LocalDate.of(2026, 5, 1)))
                .isFalse();
        assertThat(RecomputeSchedule.firstDayOfQuarter(LocalDate.of(2026, 3, 31)))
                .isFalse();
    }
}
