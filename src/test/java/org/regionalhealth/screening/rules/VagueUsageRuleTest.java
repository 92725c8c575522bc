package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withUsage;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Tier;

/** NORM_VAGUE_USAGE (research §7 R04). */
class VagueUsageRuleTest {

    @Test
    void r04FollowTheDoctorsAdviceWithoutDoseOrFrequencyIsAWarning() {
        PrescriptionLine vague = withUsage(PrescriptionLine.of("氨氯地平", "片剂", "口服", null, null, null, 7), "遵医嘱");
        assertThat(screen(rx(vague).build()).findingsOf("NORM_VAGUE_USAGE"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.tier()).isEqualTo(Tier.T2);
                    assertThat(f.evidence()).contains("用法写“遵医嘱”", "无单次剂量", "无用药频次");
                });
    }

    @Test
    void aFullyStatedUsageHasNoFinding() {
        assertThat(screen(rx(oral("氨氯地平", 5, "mg", "qd", 3)).build()).findingsOf("NORM_VAGUE_USAGE"))
                .isEmpty();
    }
}
