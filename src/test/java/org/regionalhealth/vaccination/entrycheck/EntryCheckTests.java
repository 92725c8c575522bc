package org.regionalhealth.vaccination.entrycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionalhealth.vaccination.schedule.DoseForecast;
import org.regionalhealth.vaccination.schedule.DoseStatus;
import org.regionalhealth.vaccination.schedule.GivenDose;
import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.regionalhealth.vaccination.schedule.ScheduleRules;

/**
 * 入托入学查验 at the boundaries: MenAC dose 1 falls due on the third birthday (P3Y, 2021 schedule) and must be
 * complete before the fourth (P4Y). A child with every other dose on time is checked the day before, on and after
 * each day.
 */
class EntryCheckTests {

    static final ScheduleEngine ENGINE = new ScheduleEngine(ScheduleRules.standard());
    static final LocalDate CHECK_DAY = LocalDate.of(2026, 12, 7);

    /** Every programme dose on the first day it may be given, up to (not including) the check day, but one series. */
    static List<GivenDose> onTime(LocalDate born, String skipped) {
        var history = new ArrayList<GivenDose>();
        var day = born;
        for (int visit = 0; visit < 60 && day.isBefore(CHECK_DAY); visit++) {
            for (var d : ENGINE.forecast(born, 'M', history, day).programmeActionable()) {
                if (!d.series().equals(skipped)) {
                    history.add(new GivenDose(d.product(), day));
                }
            }
            var visited = day;
            var next = ENGINE.forecast(born, 'M', history, day).items().stream()
                    .filter(d -> d.programme()
                            && d.next()
                            && d.earliest() != null
                            && d.earliest().isAfter(visited)
                            && !d.series().equals(skipped))
                    .map(DoseForecast::earliest)
                    .min(LocalDate::compareTo);
            if (next.isEmpty()) {
                break;
            }
            day = next.get();
        }
        history.removeIf(d -> !d.date().isBefore(CHECK_DAY));
        return history;
    }

    static List<DoseForecast> missing(LocalDate born, String skipped) {
        return EntryChecks.missing(ENGINE.forecast(born, 'M', onTime(born, skipped), CHECK_DAY));
    }

    static List<String> series(List<DoseForecast> doses) {
        return doses.stream().map(d -> d.series() + d.dose() + ":" + d.status()).toList();
    }

    @Test
    void theDayBeforeTheThirdBirthdayNothingIsMissing() {
        assertThat(missing(CHECK_DAY.minusYears(3).plusDays(1), "")).isEmpty();
    }

    @Test
    void aDoseDueExactlyTodayIsListedAsDueNotOverdue() {
        assertThat(series(missing(CHECK_DAY.minusYears(3), ""))).containsExactly("MENAC1:DUE");
    }

    @Test
    void theDayAfterItFellDueItIsStillDueWhenNotGiven() {
        assertThat(series(missing(CHECK_DAY.minusYears(3).minusDays(1), "MENAC")))
                .containsExactly("MENAC1:DUE");
    }

    @Test
    void theDayBeforeTheCompletionDeadlineTheMissedDoseIsDueNotOverdue() {
        assertThat(series(missing(CHECK_DAY.minusYears(4).plusDays(1), "MENAC")))
                .containsExactly("MENAC1:DUE");
    }

    @Test
    void onTheCompletionDeadlineTheMissedDoseIsOverdueAndListedFirst() {
        var missing = missing(CHECK_DAY.minusYears(4), "MENAC");
        assertThat(missing.get(0).series()).isEqualTo("MENAC");
        assertThat(missing.get(0).status()).isEqualTo(DoseStatus.OVERDUE);
        // polio dose 4 falls due on the fourth birthday the same day: listed after it, as due
        assertThat(series(missing)).containsExactly("MENAC1:OVERDUE", "POLIO4:DUE");
    }

    @Test
    void aChildWithEveryDoseOnTimeBetweenDueDaysHasNothingMissing() {
        assertThat(missing(CHECK_DAY.minusYears(3).minusMonths(6), "")).isEmpty();
    }

    @Test
    void aSeriesMissedInInfancyIsOverdueAtKindergartenEntry() {
        var missing = missing(CHECK_DAY.minusYears(3).minusMonths(6), "MMR");
        assertThat(series(missing)).containsExactly("MMR1:OVERDUE");
    }

    @Test
    void idNumbersAreMaskedInTheMiddle() {
        assertThat(EntryChecks.maskId("330109201905061234")).isEqualTo("330109********1234");
    }
}
