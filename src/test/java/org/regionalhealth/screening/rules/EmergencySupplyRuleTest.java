package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Tier;

/** QTY_EMERG_OVER_3D (research §7 R07). */
class EmergencySupplyRuleTest {

    @Test
    void r07FiveDaysOnAnEmergencyPrescriptionIsAWarning() {
        assertThat(screen(rx(oral("布洛芬", 200, "mg", "tid", 5))
                                .setting(Setting.EMERGENCY)
                                .build())
                        .findingsOf("QTY_EMERG_OVER_3D"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T2));
    }

    @Test
    void threeDaysInAnEmergencyIsAllowed() {
        assertThat(screen(rx(oral("布洛芬", 200, "mg", "tid", 3))
                                .setting(Setting.EMERGENCY)
                                .build())
                        .findingsOf("QTY_EMERG_OVER_3D"))
                .isEmpty();
    }
}
