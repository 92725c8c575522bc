package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** NORM_SEPARATE_TCM (research §7 R02). */
class SeparateTcmRuleTest {

    @Test
    void r02DecoctionPiecesWithWesternDrugsOnOnePrescriptionIsAWarning() {
        Verdict v =
                screen(rx(oral("氨氯地平", 5, "mg", "qd", 3), PrescriptionLine.of("黄芪", "饮片", null, 15.0, "g", null, null))
                        .build());
        assertThat(v.findingsOf("NORM_SEPARATE_TCM")).singleElement().satisfies(f -> assertThat(f.tier())
                .isEqualTo(Tier.T2));
    }

    @Test
    void westernAndPatentMedicineMayShareAPrescription() {
        assertThat(screen(rx(oral("氨氯地平", 5, "mg", "qd", 3), oral("维C银翘片", 2, "片", "tid", 3))
                                .build())
                        .findingsOf("NORM_SEPARATE_TCM"))
                .isEmpty();
    }
}
