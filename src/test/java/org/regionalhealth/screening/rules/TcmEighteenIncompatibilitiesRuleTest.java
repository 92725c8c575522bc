package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.PrescriptionType;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** TCM_18FAN (research §7 R40, first half). */
class TcmEighteenIncompatibilitiesRuleTest {

    private static PrescriptionLine herb(String name, double grams) {
        return PrescriptionLine.of(name, "饮片", null, grams, "g", null, null);
    }

    @Test
    void r40FuziWithBanxiaIsAnEighteenIncompatibility() {
        Verdict v = screen(rx(herb("附子", 9), herb("半夏", 9), herb("甘草", 6))
                .type(PrescriptionType.TCM_DECOCTION)
                .decoctionCount(7)
                .build());
        assertThat(v.findingsOf("TCM_18FAN")).singleElement().satisfies(f -> assertThat(f.tier())
                .isEqualTo(Tier.T3));
    }

    @Test
    void fuziWithGancaoIsAllowed() {
        Verdict v = screen(rx(herb("附子", 9), herb("甘草", 6))
                .type(PrescriptionType.TCM_DECOCTION)
                .build());
        assertThat(v.findingsOf("TCM_18FAN")).isEmpty();
    }
}
