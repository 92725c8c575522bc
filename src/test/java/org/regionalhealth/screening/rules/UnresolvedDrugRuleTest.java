package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** SYSTEM_CANNOT_REVIEW (research §7 N2). */
class UnresolvedDrugRuleTest {

    @Test
    void n2AnUnmappedDrugCodeCannotBeReviewedBySystem() {
        PrescriptionLine byCode = new PrescriptionLine(
                null, "XJ99ZZZ999A001010100000", null, "片剂", "口服", 1.0, "片", "qd", 3, null, null, null, null, null);
        Verdict v = screen(rx(byCode).build());
        assertThat(v.findingsOf("SYSTEM_CANNOT_REVIEW")).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T3);
            assertThat(f.action().name()).isEqualTo("PHARMACIST_REVIEW");
        });
    }

    @Test
    void aKnownDrugIsReviewedBySystem() {
        assertThat(screen(rx(oral("氨氯地平", 5, "mg", "qd", 3)).build()).findingsOf("SYSTEM_CANNOT_REVIEW"))
                .isEmpty();
    }
}
