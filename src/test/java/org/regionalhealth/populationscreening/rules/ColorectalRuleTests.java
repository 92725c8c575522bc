package org.regionalhealth.populationscreening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.populationscreening.ColorectalRisk.ADENOMA_HISTORY;
import static org.regionalhealth.populationscreening.ColorectalRisk.CHRONIC_CONSTIPATION;
import static org.regionalhealth.populationscreening.ColorectalRisk.CHRONIC_DIARRHOEA;
import static org.regionalhealth.populationscreening.ColorectalRisk.FIRST_DEGREE_RELATIVE;
import static org.regionalhealth.populationscreening.ColorectalRisk.MUCUS_BLOODY_STOOL;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regionalhealth.populationscreening.ColorectalRisk;
import org.regionalhealth.populationscreening.PopulationScreeningProperties;

/** Zhejiang colorectal first stage: FIT 1-of-2, the questionnaire's one-major / two-minor rule, the 50–74 cohort. */
class ColorectalRuleTests {

    static PopulationScreeningProperties.Colorectal settings(int fitPositiveCount, int referralDays) {
        return new PopulationScreeningProperties.Colorectal(50, 74, fitPositiveCount, 2, referralDays, "s", "r", "u");
    }

    final ColorectalRule rule = new ColorectalRule(settings(1, 90));

    @Test
    void eitherFitPositiveMakesTheFirstStagePositive() {
        assertThat(rule.evaluate(Set.of(), false, false).positive()).isFalse();
        assertThat(rule.evaluate(Set.of(), true, false).reasons()).containsExactly("FIT");
        assertThat(rule.evaluate(Set.of(), false, true).reasons()).containsExactly("FIT");
        assertThat(rule.evaluate(Set.of(), true, true).positive()).isTrue();
    }

    @Test
    void twoOfTwoWhenConfiguredSo() {
        var strict = new ColorectalRule(settings(2, 90));
        assertThat(strict.evaluate(Set.of(), true, false).positive()).isFalse();
        assertThat(strict.evaluate(Set.of(), true, true).positive()).isTrue();
    }

    @Test
    void questionnaireOneMajorOrTwoMinorItems() {
        assertThat(rule.questionnairePositive(Set.of())).isFalse();
        assertThat(rule.questionnairePositive(Set.of(FIRST_DEGREE_RELATIVE))).isTrue();
        assertThat(rule.questionnairePositive(Set.of(ADENOMA_HISTORY))).isTrue();
        // minor items: one below, at and above the threshold of two
        assertThat(rule.questionnairePositive(Set.of(CHRONIC_DIARRHOEA))).isFalse();
        assertThat(rule.questionnairePositive(Set.of(CHRONIC_DIARRHOEA, CHRONIC_CONSTIPATION)))
                .isTrue();
        assertThat(rule.questionnairePositive(Set.of(CHRONIC_DIARRHOEA, CHRONIC_CONSTIPATION, MUCUS_BLOODY_STOOL)))
                .isTrue();
        assertThat(rule.evaluate(Set.of(FIRST_DEGREE_RELATIVE), true, false).reasons())
                .containsExactly("FIT", "QUESTIONNAIRE");
    }

    @Test
    void threeMajorItemsAreTheConsensusOnes() {
        assertThat(Set.of(ColorectalRisk.values()).stream().filter(ColorectalRisk::major))
                .containsExactlyInAnyOrder(FIRST_DEGREE_RELATIVE, ADENOMA_HISTORY, ColorectalRisk.CANCER_HISTORY);
    }

    @Test
    void cohortIsAges50To74ByBirthYearOfTheRound() {
        // round 2026: born 1952 (74 in 2026) to 1976 (50 in 2026)
        assertThat(rule.inCohort(LocalDate.of(1951, 12, 31), 2026)).isFalse();
        assertThat(rule.inCohort(LocalDate.of(1952, 1, 1), 2026)).isTrue();
        assertThat(rule.inCohort(LocalDate.of(1976, 12, 31), 2026)).isTrue();
        assertThat(rule.inCohort(LocalDate.of(1977, 1, 1), 2026)).isFalse();
    }
}
