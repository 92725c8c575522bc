package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withCancerPainRegistered;
import static org.regionalhealth.screening.ScreeningFixtures.adult;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** NARC_CR_DAYS (research §7 R12). */
class NarcoticLongActingDaysRuleTest {

    private static Verdict oxycodone(int days, boolean registered) {
        PrescriptionLine line = PrescriptionLine.of("盐酸羟考酮控释片", "控释片", "口服", 10.0, "mg", "q12h", days);
        return screen(
                rx(line).diagnoses(Diagnosis.of("C34.9", "肺癌")).build(), withCancerPainRegistered(adult(), registered));
    }

    @Test
    void r12TenDaysOfOxycodoneCrForANonCancerOutpatientIsRejected() {
        assertThat(oxycodone(10, false).findingsOf("NARC_CR_DAYS"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
    }

    @Test
    void r12ARegisteredCancerPainPatientMayHave14DaysButNot16() {
        assertThat(oxycodone(14, true).findingsOf("NARC_CR_DAYS")).isEmpty();
        assertThat(oxycodone(16, true).findingsOf("NARC_CR_DAYS"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
    }
}
