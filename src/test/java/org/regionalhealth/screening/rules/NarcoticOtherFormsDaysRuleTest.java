package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Tier;

/** NARC_OTHER_DAYS. */
class NarcoticOtherFormsDaysRuleTest {

    @Test
    void fiveDaysOfImmediateReleaseMorphineTabletsIsRejected() {
        PrescriptionLine line = PrescriptionLine.of("吗啡片", "片剂", "口服", 10.0, "mg", "q4h", 5);
        assertThat(screen(rx(line).build()).findingsOf("NARC_OTHER_DAYS"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
    }

    @Test
    void threeDaysIsAllowed() {
        PrescriptionLine line = PrescriptionLine.of("吗啡片", "片剂", "口服", 10.0, "mg", "q4h", 3);
        assertThat(screen(rx(line).build()).findingsOf("NARC_OTHER_DAYS")).isEmpty();
    }
}
