package org.regionalhealth.populationscreening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionalhealth.populationscreening.Participant;
import org.regionalhealth.populationscreening.ParticipantState;
import org.regionalhealth.populationscreening.Programme;
import org.regionalhealth.residents.Sex;

/** A positive FIT without colonoscopy after the configured days is overdue: just below, at and just above. */
class ReferralClockTests {

    static final LocalDate POSITIVE_ON = LocalDate.of(2026, 3, 10);

    static Participant referred(int days, ParticipantState state) {
        return new Participant(
                1,
                Programme.COLORECTAL,
                "2026",
                7,
                "张三",
                Sex.MALE,
                LocalDate.of(1960, 5, 1),
                "330109001",
                "/1/",
                state,
                POSITIVE_ON.minusDays(5),
                POSITIVE_ON,
                List.of(),
                true,
                false,
                List.of("FIT"),
                POSITIVE_ON,
                ReferralClock.dueOn(POSITIVE_ON, days),
                null,
                null,
                null,
                java.util.Map.of(),
                null,
                null);
    }

    @Test
    void overdueOnlyAfterTheConfiguredDays() {
        for (int days : new int[] {30, 90}) {
            var p = referred(days, ParticipantState.REFERRED);
            assertThat(p.dueOn()).isEqualTo(POSITIVE_ON.plusDays(days));
            assertThat(p.overdue(POSITIVE_ON.plusDays(days - 1)))
                    .as("%d days: one day before", days)
                    .isFalse();
            assertThat(p.overdue(POSITIVE_ON.plusDays(days)))
                    .as("%d days: on the last day", days)
                    .isFalse();
            assertThat(p.overdue(POSITIVE_ON.plusDays(days + 1)))
                    .as("%d days: one day after", days)
                    .isTrue();
            assertThat(p.daysOverdue(POSITIVE_ON.plusDays(days + 1))).isEqualTo(1);
            assertThat(p.daysOverdue(POSITIVE_ON.plusDays(days))).isZero();
        }
    }

    @Test
    void aDoneOrRefusedColonoscopyIsNeverOverdue() {
        var late = POSITIVE_ON.plusDays(400);
        assertThat(referred(90, ParticipantState.COMPLETED).overdue(late)).isFalse();
        assertThat(referred(90, ParticipantState.FOLLOW_UP_DECLINED).overdue(late))
                .isFalse();
        assertThat(referred(90, ParticipantState.REFERRED).overdue(late)).isTrue();
    }

    @Test
    void aClockHasAtLeastOneDay() {
        assertThatThrownBy(() -> ReferralClock.dueOn(POSITIVE_ON, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReferralClock.overdue(POSITIVE_ON.plusDays(1), POSITIVE_ON.plusDays(1)))
                .isFalse();
        assertThat(ReferralClock.overdue(POSITIVE_ON.plusDays(1), POSITIVE_ON.plusDays(2)))
                .isTrue();
    }
}
