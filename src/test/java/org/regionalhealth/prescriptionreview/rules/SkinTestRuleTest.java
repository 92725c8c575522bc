package org.regionalhealth.prescriptionreview.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.prescriptionreview.ScreeningFixtures.adult;
import static org.regionalhealth.prescriptionreview.ScreeningFixtures.oral;
import static org.regionalhealth.prescriptionreview.ScreeningFixtures.rx;
import static org.regionalhealth.prescriptionreview.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.prescriptionreview.PrescriptionLine;
import org.regionalhealth.prescriptionreview.SkinTestResult;
import org.regionalhealth.prescriptionreview.Tier;

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
        assertThat(screen(rx(oral("阿莫西林", 500, "mg", "q8h", 3).withSkinTest(SkinTestResult.NEGATIVE))
                                .build())
                        .findingsOf("SKIN_TEST_MISSING"))
                .isEmpty();
        assertThat(screen(rx(oral("阿莫西林", 500, "mg", "q8h", 3).withSkinTest(SkinTestResult.POSITIVE))
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
        assertThat(screen(rx(cefuroxime).build(), adult().withAllergies("青霉素")).findingsOf("SKIN_TEST_MISSING"))
                .hasSize(1);
    }
}
