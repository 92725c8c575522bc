package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withEgfr;
import static org.regionalhealth.screening.ScreeningFixtures.TODAY;
import static org.regionalhealth.screening.ScreeningFixtures.adult;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** RENAL (research §7 R32). */
class RenalRuleTest {

    private static Verdict metformin(double egfr) {
        return screen(rx(oral("二甲双胍", 500, "mg", "bid", 7)).build(), withEgfr(adult(), egfr, TODAY.minusDays(10)));
    }

    @Test
    void r32MetforminWithEgfr25IsContraindicated() {
        assertThat(metformin(25).findingsOf("RENAL")).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T4);
            assertThat(f.evidence().get(0)).contains("eGFR=25");
        });
    }

    @Test
    void r32MetforminWithEgfr40IsAWarningToReduce() {
        assertThat(metformin(40).findingsOf("RENAL")).singleElement().satisfies(f -> assertThat(f.tier())
                .isEqualTo(Tier.T2));
    }

    @Test
    void metforminWithNormalRenalFunctionHasNoFinding() {
        assertThat(metformin(75).findingsOf("RENAL")).isEmpty();
    }
}
