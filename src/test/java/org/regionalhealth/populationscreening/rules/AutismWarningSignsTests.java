package org.regionalhealth.populationscreening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The 2022 norm's 11 screening ages and the warning-sign table's scoring (any one sign → positive). */
class AutismWarningSignsTests {

    static final LocalDate BORN = LocalDate.of(2024, 1, 15);

    @Test
    void elevenScreeningAgesFourSignsEach() {
        assertThat(AutismWarningSigns.POINTS)
                .extracting(AutismWarningSigns.Point::months)
                .containsExactly(3, 6, 8, 12, 18, 24, 30, 36, 48, 60, 72);
        assertThat(AutismWarningSigns.POINTS)
                .allSatisfy(p -> assertThat(p.signs()).hasSize(4));
    }

    @Test
    void theAgeAChildIsAtChangesOnTheDayOfTheScreeningAge() {
        // 3 months: one day below, on the day, one day above
        assertThat(AutismWarningSigns.pointAt(BORN, BORN.plusMonths(3).minusDays(1)))
                .isEmpty();
        assertThat(AutismWarningSigns.pointAt(BORN, BORN.plusMonths(3)))
                .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("M3"));
        // 18 months
        assertThat(AutismWarningSigns.pointAt(BORN, BORN.plusMonths(18).minusDays(1)))
                .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("M12"));
        assertThat(AutismWarningSigns.pointAt(BORN, BORN.plusMonths(18)))
                .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("M18"));
        assertThat(AutismWarningSigns.pointAt(BORN, BORN.plusMonths(18).plusDays(1)))
                .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("M18"));
        // the 6-year point lasts until the seventh birthday
        assertThat(AutismWarningSigns.pointAt(BORN, BORN.plusYears(7).minusDays(1)))
                .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("Y6"));
        assertThat(AutismWarningSigns.pointAt(BORN, BORN.plusYears(7))).isEmpty();
    }

    @Test
    void anyOneSignOfTheAgeIsPositive() {
        var m18 = AutismWarningSigns.point("M18").orElseThrow();
        assertThat(AutismWarningSigns.evaluate(m18, Set.of()).positive()).isFalse();
        assertThat(AutismWarningSigns.evaluate(m18, Set.of("M18_3")).positive()).isTrue();
        assertThat(AutismWarningSigns.evaluate(m18, Set.of("M18_3")).reasons()).containsExactly("WARNING_SIGN");
        assertThat(AutismWarningSigns.evaluate(m18, Set.of("M18_1", "M18_2", "M18_3", "M18_4"))
                        .positive())
                .isTrue();
        assertThat(AutismWarningSigns.unknown(m18, Set.of("M24_1", "M18_1"))).containsExactly("M24_1");
    }

    @Test
    void cohortBirthDatesCoverThreeMonthsToSevenYears() {
        var day = LocalDate.of(2026, 12, 7);
        assertThat(AutismWarningSigns.pointAt(AutismWarningSigns.bornTo(day), day))
                .isPresent();
        assertThat(AutismWarningSigns.pointAt(AutismWarningSigns.bornTo(day).plusDays(1), day))
                .isEmpty();
        assertThat(AutismWarningSigns.pointAt(AutismWarningSigns.bornFrom(day), day))
                .isPresent();
        assertThat(AutismWarningSigns.pointAt(AutismWarningSigns.bornFrom(day).minusDays(1), day))
                .isEmpty();
    }

    @Test
    void unconfirmedRowsAreMarked() {
        assertThat(AutismWarningSigns.POINTS.stream().filter(p -> !p.confirmed()))
                .extracting(AutismWarningSigns.Point::code)
                .containsExactly("M3", "M6", "M8", "Y5", "Y6");
    }
}
