package org.regionalhealth.populationscreening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regionalhealth.populationscreening.PopulationScreeningProperties;

/** Students' scoliosis screen: positive from ATR 5° in any segment, grades at 7° and 10°, the cohort by birth year. */
class SpineRuleTests {

    private static final SpineRule RULE = new SpineRule(new PopulationScreeningProperties.Spine(
            6, 17, new BigDecimal("5"), new BigDecimal("7"), new BigDecimal("10"), 60, "s", "u"));

    private static Map<String, BigDecimal> atr(String thoracic, String thoracolumbar, String lumbar) {
        return Map.of(
                "ATR_THORACIC", new BigDecimal(thoracic),
                "ATR_THORACOLUMBAR", new BigDecimal(thoracolumbar),
                "ATR_LUMBAR", new BigDecimal(lumbar));
    }

    @ParameterizedTest(name = "ATR {0}° → positive {1}, grade {2}")
    @CsvSource({
        "0, false, 0",
        "4.5, false, 0",
        "4.9, false, 0",
        "5, true, 1",
        "5.5, true, 1",
        "6.9, true, 1",
        "7, true, 2",
        "9.5, true, 2",
        "9.9, true, 2",
        "10, true, 3",
        "10.5, true, 3",
        "30, true, 3"
    })
    void positiveFromFiveDegreesAndGradedAtSevenAndTen(String degrees, boolean positive, int grade) {
        for (var segment : SpineRule.SEGMENTS) {
            var values = new java.util.HashMap<>(atr("0", "0", "0"));
            values.put(segment, new BigDecimal(degrees));
            var evaluation = RULE.evaluate(values);
            assertThat(evaluation.positive()).as(segment).isEqualTo(positive);
            assertThat(evaluation.reasons()).isEqualTo(positive ? java.util.List.of("ATR") : java.util.List.of());
            assertThat(RULE.grade(values).orElse(0)).as(segment).isEqualTo(grade);
        }
    }

    @Test
    void theLargestSegmentDecides() {
        assertThat(SpineRule.largest(atr("3", "7.5", "2"))).isEqualByComparingTo("7.5");
        assertThat(RULE.grade(atr("3", "7.5", "5"))).contains(2);
        assertThat(RULE.evaluate(atr("4.5", "4.5", "4.5")).positive()).isFalse();
    }

    @Test
    void theCohortIsSixToSeventeenInTheRoundsYearByBirthYear() {
        var cohort = RULE.cohort();
        assertThat(cohort.bornFrom(2026)).isEqualTo(LocalDate.of(2009, 1, 1));
        assertThat(cohort.bornTo(2026)).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(cohort.contains(LocalDate.of(2008, 12, 31), 2026)).isFalse();
        assertThat(cohort.contains(LocalDate.of(2009, 1, 1), 2026)).isTrue();
        assertThat(cohort.contains(LocalDate.of(2020, 12, 31), 2026)).isTrue();
        assertThat(cohort.contains(LocalDate.of(2021, 1, 1), 2026)).isFalse();
    }
}
