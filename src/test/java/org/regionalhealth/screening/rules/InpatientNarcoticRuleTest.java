package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Tier;

/** NARC_INPT_1D (research §7 R15). */
class InpatientNarcoticRuleTest {

    @Test
    void r15AnInpatientMorphineOrderForTwoDaysIsRejected() {
        PrescriptionLine line = PrescriptionLine.of("吗啡片", "片剂", "口服", 10.0, "mg", "q4h", 2);
        assertThat(screen(rx(line).setting(Setting.INPATIENT).build()).findingsOf("NARC_INPT_1D"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
    }

    @Test
    void oneDayIsAllowed() {
        PrescriptionLine line = PrescriptionLine.of("吗啡片", "片剂", "口服", 10.0, "mg", "q4h", 1);
        assertThat(screen(rx(line).setting(Setting.INPATIENT).build()).findingsOf("NARC_INPT_1D"))
                .isEmpty();
    }
}
