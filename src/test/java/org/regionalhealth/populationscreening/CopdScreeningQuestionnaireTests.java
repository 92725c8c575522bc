package org.regionalhealth.populationscreening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regionalhealth.populationscreening.CopdScreeningQuestionnaire.Answers;
import org.regionalhealth.populationscreening.CopdScreeningQuestionnaire.Breathlessness;

/** COPD-SQ item bands and the spirometry threshold of 16. */
class CopdScreeningQuestionnaireTests {

    static Answers plain(int age, double packYears, double bmi) {
        return new Answers(age, packYears, bmi, false, Breathlessness.NONE, false, false);
    }

    @ParameterizedTest(name = "age {0} → {1}")
    @CsvSource({"49, 0", "50, 3", "59, 3", "60, 7", "69, 7", "70, 10"})
    void ageBands(int age, int expected) {
        assertThat(CopdScreeningQuestionnaire.score(plain(age, 0, 30))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "pack-years {0} → {1}")
    @CsvSource({"14.9, 0", "15, 1", "29.9, 1", "30, 2"})
    void smokingBands(double packYears, int expected) {
        assertThat(CopdScreeningQuestionnaire.score(plain(45, packYears, 30))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "BMI {0} → {1}")
    @CsvSource({"18.4, 7", "18.5, 4", "23.9, 4", "24.0, 1", "27.9, 1", "28.0, 0"})
    void bmiBands(double bmi, int expected) {
        assertThat(CopdScreeningQuestionnaire.score(plain(45, 0, bmi))).isEqualTo(expected);
    }

    @Test
    void sixteenMeansSpirometryFifteenDoesNot() {
        // 60–69 (7) + cough (5) + BMI 24–27.9 (1) + family history (3) = 16
        var high = new Answers(65, 0, 25, true, Breathlessness.NONE, false, true);
        assertThat(CopdScreeningQuestionnaire.score(high)).isEqualTo(16);
        assertThat(CopdScreeningQuestionnaire.needsSpirometry(16)).isTrue();
        var low = new Answers(65, 0, 28, true, Breathlessness.NONE, false, true);
        assertThat(CopdScreeningQuestionnaire.score(low)).isEqualTo(15);
        assertThat(CopdScreeningQuestionnaire.needsSpirometry(15)).isFalse();
    }

    @Test
    void theMaximumIs31() {
        var worst = new Answers(80, 40, 17, true, Breathlessness.WALKING_AT_NORMAL_PACE, true, true);
        assertThat(CopdScreeningQuestionnaire.score(worst)).isEqualTo(31);
    }
}
