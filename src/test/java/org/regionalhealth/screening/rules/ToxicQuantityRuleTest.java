package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withQuantity;
import static org.regionalhealth.screening.ScreeningCopies.withStrength;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Tier;

/** TOXIC_OVER_2D_MAX (research §7 R20: atropine, listed in 《医疗用毒性药品管理办法》). */
class ToxicQuantityRuleTest {

    private static PrescriptionLine atropine(double tablets) {
        return withQuantity(
                withStrength(PrescriptionLine.of("阿托品片", "片剂", "口服", 0.3, "mg", "tid", 2), "0.3mg"), tablets, "片");
    }

    @Test
    void r20AtropineAboveTwoDaysMaximumIsRejected() {
        // 30 × 0.3 mg = 9 mg > 2 × 3 mg
        assertThat(screen(rx(atropine(30)).build()).findingsOf("TOXIC_OVER_2D_MAX"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.tier()).isEqualTo(Tier.T4);
                    assertThat(f.evidence()).contains("总量=9mg", "二日极量=6mg");
                });
    }

    @Test
    void twoDaysMaximumExactlyIsAllowed() {
        assertThat(screen(rx(atropine(20)).build()).findingsOf("TOXIC_OVER_2D_MAX"))
                .isEmpty();
    }
}
