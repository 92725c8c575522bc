package org.regionalhealth.vaccination.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schedule engine against the official tables, written out here independently of the rule files: 《国家免疫规划
 * 疫苗儿童免疫程序及说明（2021年版）》 (minimum ages, completion deadlines), the DTaP adjustment in force from
 * 2025-01-01 (2, 4, 6, 18 months and 6 years) and HPV in the programme from 2025-11-10 (girls born on or after
 * 2011-11-10, 13 years, two doses six months apart). Each boundary is tested the day before, on and after.
 */
class ScheduleEngineTests {

    static final ScheduleEngine ENGINE = new ScheduleEngine(ScheduleRules.standard());

    /** A child born under the current schedule (every test day after 2025-01-01). */
    static final LocalDate BORN_2025 = LocalDate.of(2025, 3, 15);

    /** A child whose DTaP doses fell under the 2021 version (3, 4, 5, 18 months, all before 2025). */
    static final LocalDate BORN_2022 = LocalDate.of(2022, 1, 10);

    /** A girl who reaches 13 after HPV joined the programme. */
    static final LocalDate GIRL_2013 = LocalDate.of(2013, 1, 20);

    record Dose(String product, int dose, Period minAge) {}

    /** The official minimum ages: product, dose within its series, age. */
    static Stream<Arguments> minimumAges() {
        return Stream.of(
                args(BORN_2025, 'M', "HepB", "P0D", "P1M", "P6M"),
                args(BORN_2025, 'M', "BCG", "P0D"),
                // polio doses 3 and 4 are bOPV after two IPV (children born from 2019-10-01)
                argsSeries(BORN_2025, 'M', List.of("IPV", "IPV", "bOPV", "bOPV"), "P2M", "P3M", "P4M", "P4Y"),
                args(BORN_2025, 'M', "DTaP", "P2M", "P4M", "P6M", "P18M", "P6Y"),
                args(BORN_2022, 'M', "DTaP", "P3M", "P4M", "P5M", "P18M"),
                args(BORN_2025, 'M', "MMR", "P8M", "P18M"),
                args(BORN_2025, 'M', "JE-L", "P8M", "P2Y"),
                args(BORN_2025, 'M', "JE-I", "P8M", "P8M7D", "P2Y", "P6Y"),
                args(BORN_2025, 'M', "MPSV-A", "P6M", "P9M"),
                args(BORN_2025, 'M', "MPSV-AC", "P3Y", "P6Y"),
                args(BORN_2025, 'M', "HepA-L", "P18M"),
                args(BORN_2025, 'M', "HepA-I", "P18M", "P24M"),
                args(GIRL_2013, 'F', "HPV2-NIP", "P13Y", "P13Y6M"));
    }

    static Arguments args(LocalDate birth, char sex, String product, String... ages) {
        return argsSeries(birth, sex, java.util.Collections.nCopies(ages.length, product), ages);
    }

    static Arguments argsSeries(LocalDate birth, char sex, List<String> products, String... ages) {
        return Arguments.of(birth, sex, products, List.of(ages));
    }

    @ParameterizedTest(name = "{2} at {3}")
    @MethodSource("minimumAges")
    void everyDoseTheDayBeforeOnAndAfterItsMinimumAge(
            LocalDate birth, char sex, List<String> products, List<String> ages) {
        var history = new ArrayList<GivenDose>();
        for (int i = 0; i < ages.size(); i++) {
            var product = products.get(i);
            var on = birth.plus(Period.parse(ages.get(i)));
            if (on.isAfter(birth)) {
                assertThat(ENGINE.check(birth, sex, history, product, on.minusDays(1)))
                        .as("%s dose %d the day before %s", product, i + 1, on)
                        .isNotEmpty()
                        .allMatch(v -> v.code() == Violation.Code.TOO_YOUNG || v.code() == Violation.Code.TOO_SOON);
            }
            assertThat(ENGINE.check(birth, sex, history, product, on))
                    .as("%s dose %d on %s", product, i + 1, on)
                    .isEmpty();
            assertThat(ENGINE.check(birth, sex, history, product, on.plusDays(1)))
                    .as("%s dose %d the day after %s", product, i + 1, on)
                    .isEmpty();
            var next = ENGINE.forecast(birth, sex, history, on);
            var series = ENGINE.rules().vaccine(product).orElseThrow().series().get(0);
            assertThat(next.nextOf(series, "").orElseThrow())
                    .as("%s dose %d is due on %s", product, i + 1, on)
                    .satisfies(d -> {
                        assertThat(d.dose()).isEqualTo(history.size() + 1);
                        assertThat(d.earliest()).isEqualTo(on);
                        assertThat(d.actionable()).isTrue();
                    });
            history.add(new GivenDose(product, on));
        }
        if (!birth.equals(BORN_2022)) { // the 2021 DTaP course goes on with the 2025 sixth-year dose
            assertThat(ENGINE.check(birth, sex, history, products.get(0), birth.plusYears(17)))
                    .extracting(Violation::code)
                    .contains(Violation.Code.SERIES_COMPLETE);
        }
    }

    /** 2021 说明 completion deadlines: the dose is due the day before, overdue on the day and after. */
    static Stream<Arguments> deadlines() {
        return Stream.of(
                Arguments.of("HEPB", 1, List.of(), "P2D"),
                Arguments.of("BCG", 1, List.of(), "P3M"),
                Arguments.of("HEPB", 3, List.of("HepB@P0D", "HepB@P1M"), "P12M"),
                Arguments.of("POLIO", 3, List.of("IPV@P2M", "IPV@P3M"), "P12M"),
                Arguments.of("DTAP", 3, List.of("DTaP@P2M", "DTaP@P4M"), "P12M"),
                Arguments.of("MMR", 1, List.of(), "P12M"),
                Arguments.of("JE", 1, List.of(), "P12M"),
                Arguments.of("MENA", 2, List.of("MPSV-A@P6M"), "P18M"),
                Arguments.of("MMR", 2, List.of("MMR@P8M"), "P24M"),
                Arguments.of("HEPA", 1, List.of(), "P24M"),
                Arguments.of("DTAP", 4, List.of("DTaP@P2M", "DTaP@P4M", "DTaP@P6M"), "P24M"),
                Arguments.of("JE", 2, List.of("JE-L@P8M"), "P3Y"),
                Arguments.of("HEPA", 2, List.of("HepA-I@P18M"), "P3Y"),
                Arguments.of("MENAC", 1, List.of(), "P4Y"),
                Arguments.of("POLIO", 4, List.of("IPV@P2M", "IPV@P3M", "bOPV@P4M"), "P5Y"),
                Arguments.of("DTAP", 5, List.of("DTaP@P2M", "DTaP@P4M", "DTaP@P6M", "DTaP@P18M"), "P7Y"),
                Arguments.of("MENAC", 2, List.of("MPSV-AC@P3Y"), "P7Y"));
    }

    @ParameterizedTest(name = "{0} dose {1} before {3}")
    @MethodSource("deadlines")
    void everyCompletionDeadlineTheDayBeforeOnAndAfter(String series, int dose, List<String> given, String deadline) {
        var history = given.stream()
                .map(g -> g.split("@"))
                .map(g -> new GivenDose(g[0], BORN_2025.plus(Period.parse(g[1]))))
                .toList();
        var day = BORN_2025.plus(Period.parse(deadline));
        var before = ENGINE.forecast(BORN_2025, 'M', history, day.minusDays(1))
                .nextOf(series, "")
                .orElseThrow();
        assertThat(before.dose()).isEqualTo(dose);
        assertThat(before.status()).isEqualTo(DoseStatus.DUE);
        assertThat(before.latest()).isEqualTo(day.minusDays(1));
        assertThat(ENGINE.forecast(BORN_2025, 'M', history, day)
                        .nextOf(series, "")
                        .orElseThrow()
                        .status())
                .isEqualTo(DoseStatus.OVERDUE);
        assertThat(ENGINE.forecast(BORN_2025, 'M', history, day.plusDays(1))
                        .nextOf(series, "")
                        .orElseThrow())
                .satisfies(d -> {
                    assertThat(d.status()).isEqualTo(DoseStatus.OVERDUE);
                    assertThat(d.catchUp()).isTrue();
                });
    }

    @Nested
    class MinimumIntervals {

        @Test
        void hepatitisBSecondDoseTwentyEightDaysAfterTheFirst() {
            var first = BORN_2025.plusMonths(2); // late first dose: the interval, not the age, decides
            var history = List.of(new GivenDose("HepB", first));
            assertThat(ENGINE.check(BORN_2025, 'M', history, "HepB", first.plusDays(27)))
                    .extracting(Violation::code, Violation::earliest)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Violation.Code.TOO_SOON, first.plusDays(28)));
            assertThat(ENGINE.check(BORN_2025, 'M', history, "HepB", first.plusDays(28)))
                    .isEmpty();
            assertThat(ENGINE.check(BORN_2025, 'M', history, "HepB", first.plusDays(29)))
                    .isEmpty();
        }

        @Test
        void hepatitisBThirdDoseSixtyDaysAfterTheSecondAndFourMonthsAfterTheFirst() {
            var born = LocalDate.of(2024, 6, 1);
            var history = List.of(new GivenDose("HepB", born.plusMonths(5)), new GivenDose("HepB", born.plusMonths(6)));
            var next = ENGINE.forecast(born, 'F', history, born.plusMonths(7))
                    .nextOf("HEPB", "")
                    .orElseThrow();
            // 60 days after dose 2 = 2024-12-01 + 60 d = 2025-01-30; 4 months after dose 1 = 2025-03-01
            assertThat(next.earliest()).isEqualTo(born.plusMonths(5).plusMonths(4));
            assertThat(next.reason()).isEqualTo(EarliestReason.MIN_FROM_FIRST);
        }

        @Test
        void dtapFourthDoseSixMonthsAfterTheThird() {
            var third = BORN_2025.plusMonths(16);
            var history = List.of(
                    new GivenDose("DTaP", BORN_2025.plusMonths(14)),
                    new GivenDose("DTaP", BORN_2025.plusMonths(15)),
                    new GivenDose("DTaP", third));
            assertThat(ENGINE.check(
                            BORN_2025, 'M', history, "DTaP", third.plusMonths(6).minusDays(1)))
                    .extracting(Violation::code)
                    .containsExactly(Violation.Code.TOO_SOON);
            assertThat(ENGINE.check(BORN_2025, 'M', history, "DTaP", third.plusMonths(6)))
                    .isEmpty();
        }
    }

    @Nested
    class LiveVaccines {

        final LocalDate mmr = BORN_2025.plusMonths(8);
        final List<GivenDose> history = List.of(new GivenDose("MMR", mmr));

        @Test
        void anotherLiveInjectedVaccineTheSameDayIsAllowed() {
            assertThat(ENGINE.check(BORN_2025, 'M', List.of(), "JE-L", mmr)).isEmpty();
            assertThat(ENGINE.check(BORN_2025, 'M', history, "JE-L", mmr)).isEmpty();
        }

        @Test
        void tenDaysLaterIsRefusedWithTheDayItIsAllowed() {
            assertThat(ENGINE.check(BORN_2025, 'M', history, "JE-L", mmr.plusDays(10)))
                    .containsExactly(new Violation(Violation.Code.LIVE_VACCINE_28_DAYS, "JE", mmr.plusDays(28)));
        }

        @Test
        void twentySevenTwentyEightAndTwentyNineDaysLater() {
            assertThat(ENGINE.check(BORN_2025, 'M', history, "JE-L", mmr.plusDays(27)))
                    .extracting(Violation::code)
                    .containsExactly(Violation.Code.LIVE_VACCINE_28_DAYS);
            assertThat(ENGINE.check(BORN_2025, 'M', history, "JE-L", mmr.plusDays(28)))
                    .isEmpty();
            assertThat(ENGINE.check(BORN_2025, 'M', history, "JE-L", mmr.plusDays(29)))
                    .isEmpty();
        }

        @Test
        void oralLiveAndInactivatedVaccinesAreNotRestricted() {
            var born = LocalDate.of(2024, 1, 1);
            var bcgAndMmr = List.of(new GivenDose("MMR", born.plusMonths(8)));
            assertThat(ENGINE.check(
                            born, 'M', bcgAndMmr, "JE-I", born.plusMonths(8).plusDays(10)))
                    .isEmpty();
            var polio = List.of(new GivenDose("IPV", born.plusMonths(2)), new GivenDose("IPV", born.plusMonths(3)));
            var withMmr = new ArrayList<>(polio);
            withMmr.add(new GivenDose("MMR", born.plusMonths(8)));
            assertThat(ENGINE.check(
                            born, 'M', withMmr, "bOPV", born.plusMonths(8).plusDays(10)))
                    .isEmpty();
        }
    }

    @Nested
    class CatchUp {

        @Test
        void onlyTheMissingDosesNeverARestart() {
            var history = List.of(new GivenDose("HepB", BORN_2025));
            var day = BORN_2025.plusYears(2);
            var next = ENGINE.forecast(BORN_2025, 'M', history, day)
                    .nextOf("HEPB", "")
                    .orElseThrow();
            assertThat(next.dose()).isEqualTo(2);
            assertThat(next.status()).isEqualTo(DoseStatus.OVERDUE);
            assertThat(next.earliest()).isEqualTo(BORN_2025.plusMonths(1));
        }

        @Test
        void missedSeriesAreProjectedFromTodayWithTheirIntervals() {
            var day = BORN_2025.plusYears(3);
            var hepB = ENGINE.forecast(BORN_2025, 'M', List.of(), day).items().stream()
                    .filter(d -> d.series().equals("HEPB"))
                    .toList();
            assertThat(hepB).extracting(DoseForecast::dose).containsExactly(1, 2, 3);
            assertThat(hepB.get(0).status()).isEqualTo(DoseStatus.OVERDUE);
            assertThat(hepB.get(1).earliest()).isEqualTo(day.plusDays(28));
            assertThat(hepB.get(1).status()).isEqualTo(DoseStatus.UPCOMING);
            // dose 3: 60 days after dose 2 (day + 88 d) but not before 4 months after dose 1 (day + 4 months)
            assertThat(hepB.get(2).earliest()).isEqualTo(day.plusMonths(4));
        }

        @Test
        void measlesCatchUpTwoDosesTwentyEightDaysApart() {
            var day = BORN_2025.plusYears(3);
            var mmr = ENGINE.forecast(BORN_2025, 'F', List.of(), day).items().stream()
                    .filter(d -> d.series().equals("MMR"))
                    .toList();
            assertThat(mmr)
                    .extracting(DoseForecast::earliest)
                    .containsExactly(BORN_2025.plusMonths(8), day.plusDays(28));
            assertThat(mmr.get(0).status()).isEqualTo(DoseStatus.OVERDUE);
        }

        @Test
        void bcgIsCaughtUpBeforeFourYearsAndNeverFromFour() {
            var fourth = BORN_2025.plusYears(4);
            assertThat(ENGINE.check(BORN_2025, 'M', List.of(), "BCG", fourth.minusDays(1)))
                    .isEmpty();
            assertThat(ENGINE.check(BORN_2025, 'M', List.of(), "BCG", fourth))
                    .extracting(Violation::code)
                    .containsExactly(Violation.Code.AGED_OUT);
            assertThat(ENGINE.forecast(BORN_2025, 'M', List.of(), fourth.plusDays(1))
                            .nextOf("BCG", "")
                            .orElseThrow()
                            .status())
                    .isEqualTo(DoseStatus.AGED_OUT);
        }

        @Test
        void meningococcalAIsNotGivenFromTwentyFourMonths() {
            var day = BORN_2025.plusMonths(24);
            assertThat(ENGINE.check(BORN_2025, 'M', List.of(), "MPSV-A", day.minusDays(1)))
                    .isEmpty();
            assertThat(ENGINE.check(BORN_2025, 'M', List.of(), "MPSV-A", day))
                    .extracting(Violation::code)
                    .containsExactly(Violation.Code.AGED_OUT);
        }

        @Test
        void programmeCatchUpEndsAtEighteen() {
            var eighteen = BORN_2025.plusYears(18);
            assertThat(ENGINE.check(BORN_2025, 'M', List.of(), "HepB", eighteen.minusDays(1)))
                    .isEmpty();
            assertThat(ENGINE.check(BORN_2025, 'M', List.of(), "HepB", eighteen))
                    .extracting(Violation::code)
                    .containsExactly(Violation.Code.AGED_OUT);
        }

        @Test
        void dtapIsCompletedWithDtFromSevenAndTdFromTwelveUpToThreeDoses() {
            var born = LocalDate.of(2017, 5, 1);
            var history = List.of(new GivenDose("DTaP", born.plusMonths(3)));
            var seven = born.plusYears(7); // 2024-05-01: the 2021 rule (DT from 6 years)
            assertThat(ENGINE.forecast(born, 'M', history, seven)
                            .nextOf("DTAP", "")
                            .orElseThrow())
                    .satisfies(d -> {
                        assertThat(d.product()).isEqualTo("DT");
                        assertThat(d.catchUp()).isTrue();
                    });
            var day2025 = born.plusYears(8); // 2025-05-01: DT for 7–11 years under the 2025 schedule
            var items = ENGINE.forecast(born, 'M', history, day2025).items().stream()
                    .filter(d -> d.series().equals("DTAP"))
                    .toList();
            assertThat(items).extracting(DoseForecast::dose).containsExactly(2, 3);
            assertThat(items).extracting(DoseForecast::product).containsOnly("DT");
            assertThat(items.get(0).unconfirmed()).isTrue();
            var thirteen = born.plusYears(13);
            assertThat(ENGINE.forecast(born, 'M', history, thirteen)
                            .nextOf("DTAP", "")
                            .orElseThrow()
                            .product())
                    .isEqualTo("Td");
            var threeDoses = List.of(
                    new GivenDose("DTaP", born.plusMonths(3)),
                    new GivenDose("DT", born.plusYears(8)),
                    new GivenDose("DT", born.plusYears(9)));
            assertThat(ENGINE.forecast(born, 'M', threeDoses, born.plusYears(10))
                            .nextOf("DTAP", "")
                            .orElseThrow()
                            .dose())
                    .as("at least three doses in all: the schedule goes on with dose 4")
                    .isEqualTo(4);
        }

        @Test
        void dtapSchedulesBeforeAndAfterTwentyTwentyFive() {
            var born = LocalDate.of(2024, 9, 1);
            assertThat(ENGINE.forecast(born, 'M', List.of(), LocalDate.of(2024, 11, 1))
                            .nextOf("DTAP", "")
                            .orElseThrow()
                            .earliest())
                    .as("2021 version in force: 3 months")
                    .isEqualTo(born.plusMonths(3));
            assertThat(ENGINE.forecast(born, 'M', List.of(), LocalDate.of(2025, 1, 1))
                            .nextOf("DTAP", "")
                            .orElseThrow()
                            .earliest())
                    .as("2025 adjustment: 2 months")
                    .isEqualTo(born.plusMonths(2));
        }
    }

    @Nested
    class Combinations {

        @Test
        void pentavalentDosesCountForDtapPolioAndHib() {
            var history = List.of(
                    new GivenDose("DTaP-IPV/Hib", BORN_2025.plusMonths(2)),
                    new GivenDose("DTaP-IPV/Hib", BORN_2025.plusMonths(3)),
                    new GivenDose("DTaP-IPV/Hib", BORN_2025.plusMonths(4)));
            var forecast = ENGINE.forecast(BORN_2025, 'M', history, BORN_2025.plusMonths(7));
            assertThat(forecast.nextOf("DTAP", "").orElseThrow().dose()).isEqualTo(4);
            assertThat(forecast.nextOf("POLIO", "").orElseThrow().dose()).isEqualTo(4);
            assertThat(forecast.nextOf("HIB", "").orElseThrow().status()).isEqualTo(DoseStatus.COMPLETE);
            assertThat(ENGINE.check(BORN_2025, 'M', history, "DTaP-IPV/Hib", BORN_2025.plusMonths(7)))
                    .extracting(Violation::code)
                    .contains(Violation.Code.TOO_YOUNG);
        }

        @Test
        void offeredWhenEveryProgrammeComponentIsDue() {
            var twoMonths = ENGINE.forecast(BORN_2025, 'F', List.of(), BORN_2025.plusMonths(2));
            assertThat(ENGINE.combinationOptions(twoMonths))
                    .extracting(Vaccine::code)
                    .contains("DTaP-IPV/Hib", "DTaP-Hib");
            assertThat(ENGINE.check(BORN_2025, 'F', List.of(), "DTaP-IPV/Hib", BORN_2025.plusMonths(2)))
                    .isEmpty();
            var oneMonth = ENGINE.forecast(BORN_2025, 'F', List.of(), BORN_2025.plusMonths(1));
            assertThat(ENGINE.combinationOptions(oneMonth)).isEmpty();
        }
    }

    @Nested
    class VisitLimit {

        @Test
        void offByDefaultEverythingDueIsGivenTogether() {
            var forecast = ENGINE.forecast(BORN_2025, 'M', List.of(), BORN_2025.plusMonths(9));
            var plan = ENGINE.plan(forecast, 0);
            assertThat(plan.deferred()).isEmpty();
            assertThat(plan.today()).hasSize(forecast.programmeActionable().size());
        }

        @Test
        void aConfiguredLimitDefersInjectionsButNotOralVaccines() {
            var history = List.of(
                    new GivenDose("IPV", BORN_2025.plusMonths(2)), new GivenDose("IPV", BORN_2025.plusMonths(3)));
            var forecast = ENGINE.forecast(BORN_2025, 'M', history, BORN_2025.plusMonths(9));
            var plan = ENGINE.plan(forecast, 2);
            var injections = plan.today().stream()
                    .filter(d -> !d.product().equals("bOPV"))
                    .count();
            assertThat(injections).isEqualTo(2);
            assertThat(plan.today()).extracting(DoseForecast::product).contains("bOPV");
            assertThat(plan.deferred()).isNotEmpty();
            // overdue doses come first
            assertThat(plan.today().get(0).status()).isEqualTo(DoseStatus.OVERDUE);
        }
    }

    @Nested
    class Hpv {

        @Test
        void theProgrammeCoversGirlsBornFromTheTenthOfNovember2011() {
            var day = LocalDate.of(2026, 3, 1);
            var born = LocalDate.of(2011, 11, 10);
            assertThat(ENGINE.check(born, 'F', List.of(), "HPV2-NIP", day)).isEmpty();
            assertThat(ENGINE.check(born.minusDays(1), 'F', List.of(), "HPV2-NIP", day))
                    .extracting(Violation::code)
                    .containsExactly(Violation.Code.NOT_ELIGIBLE);
            assertThat(ENGINE.check(born, 'M', List.of(), "HPV2-NIP", day))
                    .extracting(Violation::code)
                    .containsExactly(Violation.Code.NOT_ELIGIBLE);
        }

        @Test
        void notBeforeTheProgrammeStarted() {
            var born = LocalDate.of(2012, 1, 1);
            assertThat(ENGINE.check(born, 'F', List.of(), "HPV2-NIP", LocalDate.of(2025, 11, 9)))
                    .extracting(Violation::code)
                    .containsExactly(Violation.Code.NOT_ELIGIBLE);
            assertThat(ENGINE.check(born, 'F', List.of(), "HPV2-NIP", LocalDate.of(2025, 11, 10)))
                    .isEmpty();
        }

        @Test
        void aSelfPaidFirstDoseIsCompletedByTheProgramme() {
            var history = List.of(new GivenDose("HPV2", GIRL_2013.plusYears(13)));
            var next = ENGINE.forecast(
                            GIRL_2013, 'F', history, GIRL_2013.plusYears(13).plusMonths(6))
                    .nextOf("HPV", "NIP")
                    .orElseThrow();
            assertThat(next.dose()).isEqualTo(2);
            assertThat(next.free()).isTrue();
            assertThat(next.actionable()).isTrue();
        }

        @Test
        void bivalentLabelTwoDosesUnderFifteenThreeFromFifteen() {
            var woman = LocalDate.of(2000, 4, 1);
            var day = LocalDate.of(2026, 5, 1);
            var first = List.of(new GivenDose("HPV2", day));
            var next = ENGINE.forecast(woman, 'F', first, day)
                    .nextOf("HPV", "HPV2")
                    .orElseThrow();
            assertThat(next.earliest()).isEqualTo(day.plusMonths(1));
            var third = ENGINE.forecast(
                            woman,
                            'F',
                            List.of(first.get(0), new GivenDose("HPV2", day.plusMonths(1))),
                            day.plusMonths(2))
                    .nextOf("HPV", "HPV2")
                    .orElseThrow();
            assertThat(third.dose()).isEqualTo(3);
            assertThat(third.earliest()).as("5 months after dose 1").isEqualTo(day.plusMonths(5));
            var girl = LocalDate.of(2015, 4, 1); // 11 years old: 0 and 6 months (≥ 5 months)
            var girlFirst = List.of(new GivenDose("HPV2", day));
            var girlNext = ENGINE.forecast(girl, 'F', girlFirst, day)
                    .nextOf("HPV", "HPV2")
                    .orElseThrow();
            assertThat(girlNext.earliest()).isEqualTo(day.plusMonths(5));
            assertThat(ENGINE.forecast(
                                    girl,
                                    'F',
                                    List.of(girlFirst.get(0), new GivenDose("HPV2", day.plusMonths(5))),
                                    day.plusMonths(6))
                            .nextOf("HPV", "HPV2")
                            .orElseThrow()
                            .status())
                    .isEqualTo(DoseStatus.COMPLETE);
        }

        @Test
        void nineValentForMenFromSixteenToTwentySix() {
            var day = LocalDate.of(2026, 5, 1);
            assertThat(ENGINE.check(day.minusYears(16), 'M', List.of(), "HPV9", day))
                    .isEmpty();
            assertThat(ENGINE.check(day.minusYears(16).plusDays(1), 'M', List.of(), "HPV9", day))
                    .isNotEmpty();
            assertThat(ENGINE.check(day.minusYears(27).plusDays(1), 'M', List.of(), "HPV9", day))
                    .isEmpty();
            assertThat(ENGINE.check(day.minusYears(27), 'M', List.of(), "HPV9", day))
                    .isNotEmpty();
        }
    }

    @Nested
    class Adults {

        @Test
        void influenzaTwoDosesTheFirstSeasonUnderNineThenOne() {
            var child = LocalDate.of(2022, 5, 1);
            var day = LocalDate.of(2025, 10, 1);
            var first = List.of(new GivenDose("IIV", day));
            var second = ENGINE.forecast(child, 'F', first, day.plusDays(1))
                    .nextOf("FLU", "")
                    .orElseThrow();
            assertThat(second.dose()).isEqualTo(2);
            assertThat(second.earliest()).isEqualTo(day.plusDays(28));
            var done = List.of(first.get(0), new GivenDose("IIV", day.plusDays(28)));
            assertThat(ENGINE.forecast(child, 'F', done, day.plusDays(30))
                            .nextOf("FLU", "")
                            .orElseThrow()
                            .status())
                    .isEqualTo(DoseStatus.COMPLETE);
            var nextSeason = LocalDate.of(2026, 9, 1);
            var oneDose = ENGINE.forecast(child, 'F', done, nextSeason)
                    .nextOf("FLU", "")
                    .orElseThrow();
            assertThat(oneDose.status()).isEqualTo(DoseStatus.DUE);
            assertThat(ENGINE.forecast(
                                    child,
                                    'F',
                                    List.of(done.get(0), done.get(1), new GivenDose("IIV", nextSeason)),
                                    nextSeason.plusDays(1))
                            .nextOf("FLU", "")
                            .orElseThrow()
                            .status())
                    .isEqualTo(DoseStatus.COMPLETE);
        }

        @Test
        void zhejiangFreeInfluenzaFromSixtyByCalendarYearSince2024() {
            var day = LocalDate.of(2025, 10, 1);
            assertThat(ENGINE.programme("FLU", "IIV", LocalDate.of(1965, 12, 31), 'M', day))
                    .map(Programme::code)
                    .hasValue("ZJ-FLU-60");
            assertThat(ENGINE.programme("FLU", "IIV", LocalDate.of(1966, 1, 1), 'M', day))
                    .isEmpty();
            // 2023 season: Hangzhou's 70+ rule, a 65-year-old pays
            assertThat(ENGINE.free("FLU", "IIV", LocalDate.of(1958, 1, 1), 'F', LocalDate.of(2023, 10, 1)))
                    .isFalse();
            assertThat(ENGINE.free("FLU", "IIV", LocalDate.of(1953, 1, 1), 'F', LocalDate.of(2023, 10, 1)))
                    .isTrue();
        }

        @Test
        void unconfirmedProgrammesAreNotApplied() {
            assertThat(ENGINE.free("PPSV23", "PPSV23", LocalDate.of(1950, 1, 1), 'M', LocalDate.of(2026, 1, 1)))
                    .isFalse();
        }

        @Test
        void pneumococcalFromSixtyZosterFromFiftyTwoDosesTwoMonthsApart() {
            var day = LocalDate.of(2026, 6, 1);
            assertThat(ENGINE.check(day.minusYears(60).plusDays(1), 'F', List.of(), "PPSV23", day))
                    .isNotEmpty();
            assertThat(ENGINE.check(day.minusYears(60), 'F', List.of(), "PPSV23", day))
                    .isEmpty();
            var born = LocalDate.of(1970, 1, 1);
            var first = List.of(new GivenDose("RZV", day));
            assertThat(ENGINE.check(born, 'M', first, "RZV", day.plusMonths(2).minusDays(1)))
                    .extracting(Violation::code)
                    .containsExactly(Violation.Code.TOO_SOON);
            assertThat(ENGINE.check(born, 'M', first, "RZV", day.plusMonths(2))).isEmpty();
            assertThat(ENGINE.check(
                            born,
                            'M',
                            List.of(first.get(0), new GivenDose("RZV", day.plusMonths(2))),
                            "RZV",
                            day.plusYears(1)))
                    .extracting(Violation::code)
                    .containsExactly(Violation.Code.SERIES_COMPLETE);
        }

        @Test
        void rabiesEssenAndZagreb() {
            var bite = LocalDate.of(2026, 7, 3);
            assertThat(ENGINE.rabiesPostExposure("ESSEN", bite))
                    .extracting(ScheduledVisit::date)
                    .containsExactly(bite, bite.plusDays(3), bite.plusDays(7), bite.plusDays(14), bite.plusDays(28));
            assertThat(ENGINE.rabiesPostExposure("ZAGREB", bite))
                    .extracting(v -> v.date().toString() + "×" + v.doses())
                    .containsExactly(bite + "×2", bite.plusDays(7) + "×1", bite.plusDays(21) + "×1");
        }
    }

    @Test
    void everyRuleNamesAKnownSourceAndUnconfirmedOnesAreMarked() {
        var rules = ScheduleRules.standard();
        assertThat(rules.national()).allMatch(r -> rules.source(r.source()) != null);
        assertThat(rules.source("DTAP2025PLAN").status().needsChecking()).isTrue();
        assertThat(rules.programmes())
                .filteredOn(p -> !p.enabled())
                .extracting(Programme::code)
                .containsExactly("XS-PPSV23");
    }
}
