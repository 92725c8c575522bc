package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.PrescriptionType;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** TCM_OVER_PHARMACOPOEIA (research §7 R40, second half). */
class TcmDoseRuleTest {

    @Test
    void r40Xixin6GramsPerDoseIsOverThePharmacopoeia() {
        Verdict v = screen(rx(PrescriptionLine.of("细辛", "饮片", null, 6.0, "g", null, null))
                .type(PrescriptionType.TCM_DECOCTION)
                .build());
        assertThat(v.findingsOf("TCM_OVER_PHARMACOPOEIA")).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T3);
            assertThat(f.message()).contains("1–3g");
        });
    }

    @Test
    void xixin3GramsIsWithinThePharmacopoeia() {
        Verdict v = screen(rx(PrescriptionLine.of("细辛", "饮片", null, 3.0, "g", null, null))
                .type(PrescriptionType.TCM_DECOCTION)
                .build());
        assertThat(v.findingsOf("TCM_OVER_PHARMACOPOEIA")).isEmpty();
    }
}
