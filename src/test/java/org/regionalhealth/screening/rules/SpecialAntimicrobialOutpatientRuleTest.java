package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Tier;

/** ABX_SPECIAL_OUTPATIENT (research §7 R19). */
class SpecialAntimicrobialOutpatientRuleTest {

    private static final PrescriptionLine MEROPENEM = PrescriptionLine.of("美罗培南", "粉针剂", "静脉滴注", 1.0, "g", "q8h", 1);

    @Test
    void r19ASpecialUseCarbapenemInAnOutpatientIsRejected() {
        assertThat(screen(rx(MEROPENEM).build()).findingsOf("ABX_SPECIAL_OUTPATIENT"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
    }

    @Test
    void inpatientsMayHaveIt() {
        assertThat(screen(rx(MEROPENEM).setting(Setting.INPATIENT).build()).findingsOf("ABX_SPECIAL_OUTPATIENT"))
                .isEmpty();
    }
}
