package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withQuantity;
import static org.regionalhealth.screening.ScreeningCopies.withStrength;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Tier;

/** NARC_INJ_ONE_DOSE (research §7 R11). */
class NarcoticInjectionRuleTest {

    private static PrescriptionLine morphineInjection(double ampoules) {
        return withQuantity(
                withStrength(PrescriptionLine.of("盐酸吗啡注射液", "注射液", "皮下注射", 10.0, "mg", "st", 1), "1ml:10mg"),
                ampoules,
                "支");
    }

    @Test
    void r11TwoDosesOfMorphineInjectionOnAnOutpatientPrescriptionIsRejected() {
        assertThat(screen(rx(morphineInjection(2))
                                .diagnoses(Diagnosis.of("C34.9", "肺癌"))
                                .build())
                        .findingsOf("NARC_INJ_ONE_DOSE"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
    }

    @Test
    void oneDoseIsAllowed() {
        assertThat(screen(rx(morphineInjection(1)).build()).findingsOf("NARC_INJ_ONE_DOSE"))
                .isEmpty();
    }
}
