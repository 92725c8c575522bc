package org.regionalhealth.populationscreening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regionalhealth.populationscreening.rules.ChildHealthSchedule.Status;

/** The 0–6 health-check schedule (规范第三版): the ages, each window's first and last day, catch-up and missed. */
class ChildHealthScheduleTests {

    private static final LocalDate BORN = LocalDate.of(2024, 1, 15);

    private static Status status(String code, LocalDate day) {
        return ChildHealthSchedule.status(ChildHealthSchedule.visit(code).orElseThrow(), BORN, day, false);
    }

    @Test
    void theTwelveChecksAtTheNormsAges() {
        assertThat(ChildHealthSchedule.VISITS)
                .extracting(ChildHealthSchedule.Visit::months)
                .containsExactly(1, 3, 6, 8, 12, 18, 24, 30, 36, 48, 60, 72);
        assertThat(ChildHealthSchedule.SOURCE).contains("国卫基层发〔2017〕13号");
    }

    @Test
    void theFirstMonthCheckIsDueFromDay28ToDay42ThenOverdueUntilThreeMonths() {
        assertThat(status("M1", BORN.plusDays(27))).isEqualTo(Status.NOT_YET);
        assertThat(status("M1", BORN.plusDays(28))).isEqualTo(Status.DUE);
        assertThat(status("M1", BORN.plusDays(42))).isEqualTo(Status.DUE);
        assertThat(status("M1", BORN.plusDays(43))).isEqualTo(Status.OVERDUE);
        assertThat(status("M1", BORN.plusMonths(3).minusDays(1))).isEqualTo(Status.OVERDUE);
        assertThat(status("M1", BORN.plusMonths(3))).isEqualTo(Status.MISSED);
        assertThat(status("M3", BORN.plusMonths(3))).isEqualTo(Status.DUE);
    }

    @Test
    void aMonthCheckIsDueForOneMonthAndCanBeCaughtUpUntilTheNextOne() {
        assertThat(status("M6", BORN.plusMonths(6).minusDays(1))).isEqualTo(Status.NOT_YET);
        assertThat(status("M6", BORN.plusMonths(6))).isEqualTo(Status.DUE);
        assertThat(status("M6", BORN.plusMonths(7).minusDays(1))).isEqualTo(Status.DUE);
        assertThat(status("M6", BORN.plusMonths(7))).isEqualTo(Status.OVERDUE);
        assertThat(status("M6", BORN.plusMonths(8).minusDays(1))).isEqualTo(Status.OVERDUE);
        assertThat(status("M6", BORN.plusMonths(8))).isEqualTo(Status.MISSED);
    }

    @Test
    void theSixYearCheckCanBeCaughtUpUntilTheSeventhBirthday() {
        assertThat(status("Y6", BORN.plusMonths(72))).isEqualTo(Status.DUE);
        assertThat(status("Y6", BORN.plusMonths(73))).isEqualTo(Status.OVERDUE);
        assertThat(status("Y6", BORN.plusYears(7).minusDays(1))).isEqualTo(Status.OVERDUE);
        assertThat(status("Y6", BORN.plusYears(7))).isEqualTo(Status.MISSED);
        assertThat(ChildHealthSchedule.open(BORN, BORN.plusYears(7))).isEmpty();
        assertThat(ChildHealthSchedule.bornFrom(BORN.plusYears(7).minusDays(1))).isEqualTo(BORN);
    }

    @Test
    void aDoneCheckIsDoneWhateverTheDay() {
        var m6 = ChildHealthSchedule.visit("M6").orElseThrow();
        assertThat(ChildHealthSchedule.status(m6, BORN, BORN.plusMonths(9), true))
                .isEqualTo(Status.DONE);
    }

    @Test
    void onEveryDayFromDay28ToTheSeventhBirthdayExactlyOneCheckIsOpen() {
        for (var day = BORN.plusDays(28); day.isBefore(BORN.plusYears(7)); day = day.plusDays(1)) {
            var d = day;
            long open = ChildHealthSchedule.VISITS.stream()
                    .map(v -> ChildHealthSchedule.status(v, BORN, d, false))
                    .filter(s -> s == Status.DUE || s == Status.OVERDUE)
                    .count();
            assertThat(open).as(day.toString()).isEqualTo(1);
        }
        assertThat(ChildHealthSchedule.open(BORN, BORN.plusDays(27))).isEmpty();
    }
}
