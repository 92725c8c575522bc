package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.drugs.AntimicrobialGrade;
import org.regionalhealth.screening.Prescriber;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Tier;

/** LEGAL_NARC_RIGHT (research §7 R17). */
class NarcoticRightRuleTest {

    private static final PrescriptionLine PATCH = PrescriptionLine.of("芬太尼", "透皮贴剂", "经皮", 4.2, "mg", "q72h", 3);

    @Test
    void r17APrescriberWithoutNarcoticRightsMayNotPrescribeAFentanylPatch() {
        Prescriber noRight = new Prescriber("D002", "李医生", true, false, AntimicrobialGrade.RESTRICTED, false);
        assertThat(screen(rx(PATCH).prescriber(noRight).build()).findingsOf("LEGAL_NARC_RIGHT"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
    }

    @Test
    void aPrescriberWithTheRightMay() {
        assertThat(screen(rx(PATCH).build()).findingsOf("LEGAL_NARC_RIGHT")).isEmpty();
    }
}
