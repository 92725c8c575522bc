package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withLiver;
import static org.regionalhealth.screening.ScreeningFixtures.adult;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.LiverImpairment;
import org.regionalhealth.screening.Tier;

/** HEPATIC. */
class HepaticRuleTest {

    @Test
    void simvastatinInSevereLiverImpairmentIsContraindicatedAndModerateGoesToThePharmacist() {
        var line = oral("辛伐他汀", 20, "mg", "qn", 7);
        assertThat(screen(rx(line).build(), withLiver(adult(), LiverImpairment.SEVERE))
                        .findingsOf("HEPATIC"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
        assertThat(screen(rx(line).build(), withLiver(adult(), LiverImpairment.MODERATE))
                        .findingsOf("HEPATIC"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T3));
    }

    @Test
    void normalLiverFunctionHasNoFinding() {
        assertThat(screen(rx(oral("辛伐他汀", 20, "mg", "qn", 7)).build(), withLiver(adult(), LiverImpairment.NONE))
                        .findingsOf("HEPATIC"))
                .isEmpty();
    }
}
