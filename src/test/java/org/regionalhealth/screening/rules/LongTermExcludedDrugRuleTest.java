package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withSkinTest;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.SkinTestResult;
import org.regionalhealth.screening.Tier;

/** LONGRX_EXCLUDED_DRUG (research §7 R10). */
class LongTermExcludedDrugRuleTest {

    @Test
    void r10AlprazolamOnALongTermPrescriptionIsRejected() {
        assertThat(screen(rx(oral("阿普唑仑", 0.4, "mg", "qn", 28)).longTerm(true).build())
                        .findingsOf("LONGRX_EXCLUDED_DRUG"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
    }

    @Test
    void r10AnAntibacterialOnALongTermPrescriptionIsRejected() {
        assertThat(screen(rx(withSkinTest(oral("阿莫西林", 500, "mg", "q8h", 28), SkinTestResult.NEGATIVE))
                                .longTerm(true)
                                .build())
                        .findingsOf("LONGRX_EXCLUDED_DRUG"))
                .hasSize(1);
    }

    @Test
    void antituberculosisDrugsAndOrdinaryDrugsMayBeLongTerm() {
        assertThat(screen(rx(oral("异烟肼", 300, "mg", "qd", 28))
                                .longTerm(true)
                                .diagnoses(Diagnosis.of("A15.0", "肺结核"))
                                .build())
                        .findingsOf("LONGRX_EXCLUDED_DRUG"))
                .isEmpty();
        assertThat(screen(rx(oral("二甲双胍", 500, "mg", "bid", 28)).longTerm(true).build())
                        .findingsOf("LONGRX_EXCLUDED_DRUG"))
                .isEmpty();
    }
}
