package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withQuantity;
import static org.regionalhealth.screening.ScreeningCopies.withStrength;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Tier;

/** PETHIDINE_IN_INSTITUTION_ONLY (research §7 R16). */
class PethidineRuleTest {

    private static final PrescriptionLine ONE_DOSE = withQuantity(
            withStrength(PrescriptionLine.of("盐酸哌替啶注射液", "注射液", "肌内注射", 50.0, "mg", "st", 1), "1ml:50mg"), 1.0, "支");

    @Test
    void r16ATakeHomePethidinePrescriptionIsRejected() {
        assertThat(screen(rx(ONE_DOSE).build()).findingsOf("PETHIDINE_IN_INSTITUTION_ONLY"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
    }

    @Test
    void oneDoseGivenInTheEmergencyRoomIsAllowed() {
        assertThat(screen(rx(ONE_DOSE)
                                .setting(Setting.EMERGENCY)
                                .takeHome(false)
                                .build())
                        .findingsOf("PETHIDINE_IN_INSTITUTION_ONLY"))
                .isEmpty();
    }
}
