package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withWeight;
import static org.regionalhealth.screening.ScreeningFixtures.TODAY;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.PatientContext;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** NORM_INFANT_AGE (research §7 R05). */
class InfantAgeRuleTest {

    private static final PatientContext FOUR_MONTHS = PatientContext.of(TODAY.minusMonths(4), Sex.FEMALE);

    @Test
    void r05AFourMonthOldWrittenAsZeroYearsWithoutWeightIsAWarning() {
        Verdict v =
                screen(rx(oral("对乙酰氨基酚", 50, "mg", "q6h", 2)).ageAsWritten("0岁").build(), FOUR_MONTHS);
        assertThat(v.findingsOf("NORM_INFANT_AGE")).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T2);
            assertThat(f.evidence()).contains("实际年龄=4月龄", "体重=未注明");
        });
    }

    @Test
    void aMonthAgeIsCorrect() {
        Verdict v =
                screen(rx(oral("对乙酰氨基酚", 50, "mg", "q6h", 2)).ageAsWritten("4月").build(), withWeight(FOUR_MONTHS, 6.5));
        assertThat(v.findingsOf("NORM_INFANT_AGE")).isEmpty();
    }
}
