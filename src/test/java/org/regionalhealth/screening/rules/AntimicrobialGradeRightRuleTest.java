package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withSkinTest;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.drugs.AntimicrobialGrade;
import org.regionalhealth.screening.Prescriber;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.SkinTestResult;
import org.regionalhealth.screening.Tier;

/** ABX_GRADE_EXCEEDS_RIGHT (research §7 R18). */
class AntimicrobialGradeRightRuleTest {

    private static final Prescriber VILLAGE_DOCTOR =
            new Prescriber("V01", "王村医", true, false, AntimicrobialGrade.RESTRICTED, true);

    @Test
    void r18AVillageDoctorMayNotPrescribeARestrictedAntimicrobial() {
        PrescriptionLine ceftriaxone = PrescriptionLine.of("注射用头孢曲松钠", "粉针剂", "静脉滴注", 1.0, "g", "qd", 1);
        assertThat(screen(rx(ceftriaxone).prescriber(VILLAGE_DOCTOR).build()).findingsOf("ABX_GRADE_EXCEEDS_RIGHT"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.tier()).isEqualTo(Tier.T4);
                    assertThat(f.message()).contains("乡村医生").contains("非限制使用级");
                });
    }

    @Test
    void aVillageDoctorMayPrescribeANonRestrictedOne() {
        PrescriptionLine amoxicillin = withSkinTest(oral("阿莫西林", 500, "mg", "q8h", 3), SkinTestResult.NEGATIVE);
        assertThat(screen(rx(amoxicillin).prescriber(VILLAGE_DOCTOR).build()).findingsOf("ABX_GRADE_EXCEEDS_RIGHT"))
                .isEmpty();
    }
}
