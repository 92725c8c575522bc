package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withAllergies;
import static org.regionalhealth.screening.ScreeningCopies.withSkinTest;
import static org.regionalhealth.screening.ScreeningFixtures.adult;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.SkinTestResult;
import org.regionalhealth.screening.Tier;

/** SKIN_TEST_MISSING (research §7 R21). */
class SkinTestRuleTest {

    @Test
    void r21AmoxicillinWithoutASkinTestResultIsAWarning() {
        assertThat(screen(rx(oral("阿莫西林", 500, "mg", "q8h", 3)).build()).findingsOf("SKIN_TEST_MISSING"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T2));
    }

    @Test
    void aNegativeResultPassesAndAPositiveResultIsContraindicated() {
        assertThat(screen(rx(withSkinTest(oral("阿莫西林", 500, "mg", "q8h", 3), SkinTestResult.NEGATIVE))
                                .build())
                        .findingsOf("SKIN_TEST_MISSING"))
                .isEmpty();
        assertThat(screen(rx(withSkinTest(oral("阿莫西林", 500, "mg", "q8h", 3), SkinTestResult.POSITIVE))
                                .build())
                        .findingsOf("SKIN_TEST_MISSING"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
    }

    @Test
    void aCephalosporinNeedsATestOnlyWithABetaLactamAllergy() {
        PrescriptionLine cefuroxime = oral("头孢呋辛酯片", 0.25, "g", "bid", 3);
        assertThat(screen(rx(cefuroxime).build()).findingsOf("SKIN_TEST_MISSING"))
                .isEmpty();
        assertThat(screen(rx(cefuroxime).build(), withAllergies(adult(), "青霉素")).findingsOf("SKIN_TEST_MISSING"))
                .hasSize(1);
    }
}
