package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Tier;

/** PSY2_OVER_7D (research §7 R14; zolpidem is 第二类精神药品 in the 2013 catalogue). */
class Psychotropic2DaysRuleTest {

    @Test
    void r14TenDaysOfZolpidemWithoutAReasonIsAWarning() {
        assertThat(screen(rx(oral("唑吡坦", 10, "mg", "qn", 10)).build()).findingsOf("PSY2_OVER_7D"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T2));
    }

    @Test
    void withAStatedReasonOrSevenDaysItPasses() {
        assertThat(screen(rx(oral("唑吡坦", 10, "mg", "qn", 10))
                                .extendedSupplyReason("慢性失眠")
                                .build())
                        .findingsOf("PSY2_OVER_7D"))
                .isEmpty();
        assertThat(screen(rx(oral("唑吡坦", 10, "mg", "qn", 7)).build()).findingsOf("PSY2_OVER_7D"))
                .isEmpty();
    }
}
