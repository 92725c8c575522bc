package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Prescriber;
import org.regionalhealth.screening.Tier;

/** LEGAL_PRESCRIBER_RIGHT. */
class PrescribingRightRuleTest {

    @Test
    void aPrescriberWithoutPrescribingRightsOrNoPrescriberIsRejected() {
        Prescriber none = new Prescriber("D009", "实习医生", false, false, null, false);
        assertThat(screen(rx(oral("氨氯地平", 5, "mg", "qd", 3)).prescriber(none).build())
                        .findingsOf("LEGAL_PRESCRIBER_RIGHT"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
        assertThat(screen(rx(oral("氨氯地平", 5, "mg", "qd", 3)).prescriber(null).build())
                        .findingsOf("LEGAL_PRESCRIBER_RIGHT"))
                .hasSize(1);
    }

    @Test
    void aPrescriberWithRightsPasses() {
        assertThat(screen(rx(oral("氨氯地平", 5, "mg", "qd", 3)).build()).findingsOf("LEGAL_PRESCRIBER_RIGHT"))
                .isEmpty();
    }
}
