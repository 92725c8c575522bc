package org.regionalhealth.prescriptionreview.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.prescriptionreview.ScreeningFixtures.TODAY;
import static org.regionalhealth.prescriptionreview.ScreeningFixtures.rx;
import static org.regionalhealth.prescriptionreview.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.prescriptionreview.PatientContext;
import org.regionalhealth.prescriptionreview.PrescriptionLine;
import org.regionalhealth.prescriptionreview.Setting;
import org.regionalhealth.prescriptionreview.Tier;
import org.regionalhealth.prescriptionreview.Verdict;
import org.regionalhealth.residents.Sex;

/** IV_INCOMPAT (research §7 R39). */
class IvIncompatibilityRuleTest {

    private static PrescriptionLine iv(String name, double dose, String unit, String group) {
        return PrescriptionLine.of(name, "注射剂", "静脉滴注", dose, unit, "qd", 1).withInfusionGroup(group);
    }

    @Test
    void r39CeftriaxoneInTheSameGroupAsLactatedRingersIsContraindicated() {
        Verdict v = screen(
                rx(iv("注射用头孢曲松钠", 2, "g", "1"), iv("乳酸钠林格注射液", 250, "ml", "1")).build());
        // two label statements apply: calcium-containing fluid, and its calcium chloride (calcium preparation)
        assertThat(v.findingsOf("IV_INCOMPAT")).isNotEmpty().allSatisfy(f -> assertThat(f.tier())
                .isEqualTo(Tier.T4));
    }

    @Test
    void r39ANeonateMustNotGetCeftriaxoneWithAnyIvCalcium() {
        PatientContext neonate =
                PatientContext.of(TODAY.minusDays(10), Sex.MALE).withWeight(3.4);
        PrescriptionLine calcium = PrescriptionLine.of("葡萄糖酸钙注射液", "注射液", "静脉注射", 0.5, "g", "qd", 1);
        Verdict v = screen(
                rx(iv("头孢曲松", 0.15, "g", "1"), calcium)
                        .setting(Setting.INPATIENT)
                        .build(),
                neonate);
        assertThat(v.findingsOf("IV_INCOMPAT")).isNotEmpty().allSatisfy(f -> assertThat(f.tier())
                .isEqualTo(Tier.T4));
    }

    @Test
    void anAdultMayHaveCeftriaxoneAndRingersInSeparateGroups() {
        Verdict v = screen(
                rx(iv("头孢曲松", 2, "g", "1"), iv("乳酸钠林格注射液", 500, "ml", "2")).build());
        assertThat(v.findingsOf("IV_INCOMPAT")).isEmpty();
    }
}
