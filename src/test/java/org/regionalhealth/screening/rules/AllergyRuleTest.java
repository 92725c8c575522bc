package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withAllergies;
import static org.regionalhealth.screening.ScreeningCopies.withSkinTest;
import static org.regionalhealth.screening.ScreeningFixtures.adult;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.PatientContext;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.SkinTestResult;
import org.regionalhealth.screening.Tier;

/** ALLERGY (research §7 R36). */
class AllergyRuleTest {

    private static final PatientContext PENICILLIN_ALLERGIC = withAllergies(adult(), "青霉素");

    @Test
    void r36PenicillinAllergyWithAmoxicillinIsContraindicated() {
        PrescriptionLine amoxicillin = withSkinTest(oral("阿莫西林胶囊", 500, "mg", "q8h", 3), SkinTestResult.NEGATIVE);
        assertThat(screen(rx(amoxicillin).build(), PENICILLIN_ALLERGIC).findingsOf("ALLERGY"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
    }

    @Test
    void r36PenicillinAllergyWithCefuroximeIsACrossSensitivityWarning() {
        assertThat(screen(rx(oral("头孢呋辛酯片", 0.25, "g", "bid", 3)).build(), PENICILLIN_ALLERGIC)
                        .findingsOf("ALLERGY"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T2));
    }

    @Test
    void aClassNamedAllergyCountsAndNoAllergyMeansNoFinding() {
        assertThat(screen(rx(oral("头孢呋辛酯片", 0.25, "g", "bid", 3)).build(), withAllergies(adult(), "头孢类"))
                        .findingsOf("ALLERGY"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
        assertThat(screen(rx(oral("氨氯地平", 5, "mg", "qd", 3)).build(), PENICILLIN_ALLERGIC)
                        .findingsOf("ALLERGY"))
                .isEmpty();
        assertThat(screen(rx(oral("头孢呋辛酯片", 0.25, "g", "bid", 3)).build(), withAllergies(adult(), "无"))
                        .findingsOf("ALLERGY"))
                .isEmpty();
    }

    @Test
    void anUnreadableAllergyIsShownToThePharmacist() {
        assertThat(screen(rx(oral("氨氯地平", 5, "mg", "qd", 3)).build(), withAllergies(adult(), "海鲜"))
                        .findingsOf("ALLERGY"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T1));
    }
}
