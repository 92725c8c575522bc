package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Tier;

/** NORM_ITEM_COUNT (research §7 R01). */
class ItemCountRuleTest {

    private static final PrescriptionLine[] SIX = {
        oral("氨氯地平", 5, "mg", "qd", 3), oral("二甲双胍", 500, "mg", "bid", 3), oral("阿托伐他汀", 20, "mg", "qn", 3),
        oral("阿司匹林肠溶片", 100, "mg", "qd", 3), oral("奥美拉唑", 20, "mg", "qd", 3), oral("氯雷他定", 10, "mg", "qd", 3)
    };

    @Test
    void r01SixDrugsOnAnOutpatientPrescriptionIsAWarning() {
        assertThat(screen(rx(SIX).build()).findingsOf("NORM_ITEM_COUNT"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T2));
    }

    @Test
    void fiveDrugsAreAllowed() {
        assertThat(screen(rx(java.util.Arrays.copyOf(SIX, 5)).build()).findingsOf("NORM_ITEM_COUNT"))
                .isEmpty();
    }
}
