package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.PrescriptionType;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** TCM_19WEI. */
class TcmNineteenFearsRuleTest {

    private static PrescriptionLine herb(String name, double grams) {
        return PrescriptionLine.of(name, "饮片", null, grams, "g", null, null);
    }

    @Test
    void dingxiangWithYujinIsANineteenFear() {
        Verdict v = screen(rx(herb("丁香", 3), herb("郁金", 9))
                .type(PrescriptionType.TCM_DECOCTION)
                .build());
        assertThat(v.findingsOf("TCM_19WEI")).singleElement().satisfies(f -> assertThat(f.tier())
                .isEqualTo(Tier.T3));
        assertThat(v.findingsOf("TCM_18FAN")).isEmpty();
    }

    @Test
    void dingxiangAloneIsFine() {
        assertThat(screen(rx(herb("丁香", 3)).type(PrescriptionType.TCM_DECOCTION).build())
                        .findingsOf("TCM_19WEI"))
                .isEmpty();
    }
}
