package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** LONGRX_OVER_4W_UNASSESSED (research §7 R09, second part). */
class LongTermAssessmentRuleTest {

    @Test
    void r09EightWeeksWithoutAnEvaluationRecordIsAWarning() {
        Verdict v = screen(rx(oral("二甲双胍", 500, "mg", "bid", 56)).longTerm(true).build());
        assertThat(v.findingsOf("LONGRX_OVER_4W_UNASSESSED")).singleElement().satisfies(f -> assertThat(f.tier())
                .isEqualTo(Tier.T2));
        assertThat(v.findingsOf("QTY_OVER_7D")).isEmpty();
    }

    @Test
    void eightWeeksWithTheRecordPasses() {
        Verdict v = screen(rx(oral("二甲双胍", 500, "mg", "bid", 56))
                .longTerm(true)
                .longTermAssessed(true)
                .build());
        assertThat(v.findings())
                .noneMatch(f -> f.ruleId().startsWith("LONGRX") || f.ruleId().startsWith("QTY"));
        assertThat(v.passes()).isTrue();
    }
}
