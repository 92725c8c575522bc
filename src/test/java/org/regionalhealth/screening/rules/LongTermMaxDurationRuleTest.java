package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** LONGRX_OVER_12W (research §7 R09). */
class LongTermMaxDurationRuleTest {

    @Test
    void r09SixteenWeeksOfMetforminOnALongTermPrescriptionIsRejected() {
        Verdict v = screen(rx(oral("二甲双胍", 500, "mg", "bid", 112))
                .longTerm(true)
                .longTermAssessed(true)
                .build());
        assertThat(v.findingsOf("LONGRX_OVER_12W")).singleElement().satisfies(f -> assertThat(f.tier())
                .isEqualTo(Tier.T4));
    }

    @Test
    void twelveWeeksIsTheMaximum() {
        assertThat(screen(rx(oral("二甲双胍", 500, "mg", "bid", 84))
                                .longTerm(true)
                                .longTermAssessed(true)
                                .build())
                        .findingsOf("LONGRX_OVER_12W"))
                .isEmpty();
    }
}
