package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Tier;

/** DOSE_FREQUENCY: the weekly drug written daily, and more often than labelled. */
class FrequencyRuleTest {

    @Test
    void weeklyMethotrexateWeeklyPassesTwiceWeeklyIsASecondSignatureDailyIsAbsolute() {
        assertThat(screen(rx(oral("甲氨蝶呤", 7.5, "mg", "qw", 28)).build()).findingsOf("DOSE_FREQUENCY"))
                .isEmpty();
        assertThat(screen(rx(oral("甲氨蝶呤", 7.5, "mg", "biw", 28)).build()).findingsOf("DOSE_FREQUENCY"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T2));
        assertThat(screen(rx(oral("甲氨蝶呤", 7.5, "mg", "qd", 7)).build()).findingsOf("DOSE_FREQUENCY"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.tier()).isEqualTo(Tier.T4);
                    assertThat(f.message()).contains("间歇给药");
                });
    }

    @Test
    void moreOftenThanTheLabelsMostFrequentScheduleIsFlagged() {
        // amlodipine: qd
        assertThat(screen(rx(oral("氨氯地平", 5, "mg", "qd", 7)).build()).findingsOf("DOSE_FREQUENCY"))
                .isEmpty();
        assertThat(screen(rx(oral("氨氯地平", 5, "mg", "bid", 7)).build()).findingsOf("DOSE_FREQUENCY"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T2));
    }

    @Test
    void prnAndOneOffLinesAreLeftToTheDoseRules() {
        assertThat(screen(rx(oral("氨氯地平", 5, "mg", "prn", 7)).build()).findingsOf("DOSE_FREQUENCY"))
                .isEmpty();
        assertThat(screen(rx(oral("甲氨蝶呤", 7.5, "mg", "st", 1)).build()).findingsOf("DOSE_FREQUENCY"))
                .isEmpty();
    }
}
