package org.regionalhealth.prescriptionreview.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.prescriptionreview.ScreeningFixtures.rx;
import static org.regionalhealth.prescriptionreview.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.prescriptionreview.PrescriptionLine;
import org.regionalhealth.prescriptionreview.Setting;
import org.regionalhealth.prescriptionreview.Tier;

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
