package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.aged;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

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
