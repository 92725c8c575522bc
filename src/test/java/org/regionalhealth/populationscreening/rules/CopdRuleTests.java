package org.regionalhealth.populationscreening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The COPD programme's first stage is the family doctor's COPD-SQ: the answers as the form sends them, the age on the
 * screening day, positive at 16 (15 / 16 / 17).
 */
class CopdRuleTests {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private static Map<String, BigDecimal> measures(String packYears, String bmi) {
        return Map.of("PACK_YEARS", new BigDecimal(packYears), "BMI", new BigDecimal(bmi));
    }

    @Test
    void scoresWithTheAgeOnTheScreeningDay() {
        // age 60 on the day (7), 15 pack-years (1), BMI 23.9 (4), cough (5) = 17
        var born = LocalDate.of(1966, 6, 1);
        assertThat(CopdRule.score(born, DAY, Set.of("COUGH"), measures("15", "23.9")))
                .isEqualTo(17);
        // one day before the 60th birthday: age 59 (3) → 13
        assertThat(CopdRule.score(born, DAY.minusDays(1), Set.of("COUGH"), measures("15", "23.9")))
                .isEqualTo(13);
    }

    @Test
    void positiveFromSixteen() {
        var born = LocalDate.of(1966, 6, 1); // 60: 7 points
        // 7 + BMI 24.0 (1) + cough (5) + family (3) = 16 … 15 without 1 BMI point (BMI 28: 0)
        int fifteen = CopdRule.score(born, DAY, Set.of("COUGH", "FAMILY_HISTORY"), measures("0", "28"));
        int sixteen = CopdRule.score(born, DAY, Set.of("COUGH", "FAMILY_HISTORY"), measures("0", "24.0"));
        int seventeen =
                CopdRule.score(born, DAY, Set.of("COUGH", "FAMILY_HISTORY", "BIOMASS_FUEL"), measures("0", "24.0"));
        assertThat(List.of(fifteen, sixteen, seventeen)).containsExactly(15, 16, 17);
        assertThat(CopdRule.evaluate(fifteen).positive()).isFalse();
        assertThat(CopdRule.evaluate(sixteen).positive()).isTrue();
        assertThat(CopdRule.evaluate(sixteen).reasons()).containsExactly("COPD_SQ");
        assertThat(CopdRule.evaluate(seventeen).positive()).isTrue();
    }

    @Test
    void breathlessnessAnswers() {
        var born = LocalDate.of(1986, 1, 1); // 40: 0 points
        assertThat(CopdRule.score(born, DAY, Set.of("BREATHLESS_FAST"), measures("0", "30")))
                .isEqualTo(2);
        assertThat(CopdRule.score(born, DAY, Set.of("BREATHLESS_NORMAL"), measures("0", "30")))
                .isEqualTo(3);
        assertThat(CopdRule.score(born, DAY, Set.of(), measures("0", "30"))).isZero();
    }
}
