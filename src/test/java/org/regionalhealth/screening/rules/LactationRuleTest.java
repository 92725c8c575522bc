package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withLactating;
import static org.regionalhealth.screening.ScreeningFixtures.aged;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.Tier;

/** LACTATION. */
class LactationRuleTest {

    @Test
    void isotretinoinWhileBreastFeedingIsContraindicated() {
        var patient = withLactating(aged(30, Sex.FEMALE), true);
        assertThat(screen(rx(oral("异维A酸", 10, "mg", "qd", 7)).build(), patient).findingsOf("LACTATION"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
    }

    @Test
    void notBreastFeedingHasNoFinding() {
        assertThat(screen(rx(oral("异维A酸", 10, "mg", "qd", 7)).build(), aged(30, Sex.FEMALE))
                        .findingsOf("LACTATION"))
                .isEmpty();
    }
}
