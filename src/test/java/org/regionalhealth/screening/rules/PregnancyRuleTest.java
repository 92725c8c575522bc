package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withPregnant;
import static org.regionalhealth.screening.ScreeningFixtures.aged;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.PatientContext;
import org.regionalhealth.screening.Tier;

/** PREGNANCY (research §7 R34). */
class PregnancyRuleTest {

    private static final PatientContext PREGNANT = withPregnant(aged(30, Sex.FEMALE), true);

    @Test
    void r34EnalaprilInPregnancyIsContraindicated() {
        assertThat(screen(rx(oral("依那普利", 5, "mg", "bid", 7)).build(), PREGNANT).findingsOf("PREGNANCY"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
    }

    @Test
    void r34IsotretinoinInPregnancyIsContraindicated() {
        assertThat(screen(rx(oral("异维A酸软胶囊", 10, "mg", "qd", 7)).build(), PREGNANT)
                        .findingsOf("PREGNANCY"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
    }

    @Test
    void enalaprilOutsidePregnancyHasNoFinding() {
        assertThat(screen(rx(oral("依那普利", 5, "mg", "bid", 7)).build(), aged(30, Sex.FEMALE))
                        .findingsOf("PREGNANCY"))
                .isEmpty();
    }
}
