package org.regionalhealth.prescriptionreview.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.prescriptionreview.ScreeningFixtures.aged;
import static org.regionalhealth.prescriptionreview.ScreeningFixtures.rx;
import static org.regionalhealth.prescriptionreview.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.prescriptionreview.Diagnosis;
import org.regionalhealth.prescriptionreview.PrescriptionLine;
import org.regionalhealth.prescriptionreview.Tier;
import org.regionalhealth.prescriptionreview.Verdict;
import org.regionalhealth.residents.Sex;

/** MPH_OVER_15D (research §7 R13). */
class MethylphenidateAdhdRuleTest {

    private static Verdict methylphenidate(int days) {
        PrescriptionLine line = PrescriptionLine.of("盐酸哌甲酯缓释片", "缓释片", "口服", 18.0, "mg", "qd", days);
        return screen(rx(line).diagnoses(Diagnosis.of("F90.0", "注意缺陷多动障碍")).build(), aged(9, Sex.MALE));
    }

    @Test
    void r13TwentyDaysOfMethylphenidateForAdhdIsRejected() {
        assertThat(methylphenidate(20).findingsOf("MPH_OVER_15D"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
    }

    @Test
    void fourteenDaysIsAllowedAndTheSevenDayLimitOfOtherLongActingFormsDoesNotApply() {
        Verdict v = methylphenidate(14);
        assertThat(v.findingsOf("MPH_OVER_15D")).isEmpty();
        assertThat(v.findingsOf("NARC_CR_DAYS")).isEmpty();
    }
}
