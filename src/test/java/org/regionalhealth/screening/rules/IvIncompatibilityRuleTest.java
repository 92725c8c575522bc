package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withInfusionGroup;
import static org.regionalhealth.screening.ScreeningCopies.withWeight;
import static org.regionalhealth.screening.ScreeningFixtures.TODAY;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.PatientContext;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** IV_INCOMPAT (research §7 R39). */
class IvIncompatibilityRuleTest {

    private static PrescriptionLine iv(String name, double dose, String unit, String group) {
        return withInfusionGroup(PrescriptionLine.of(name, "注射剂", "静脉滴注", dose, unit, "qd", 1), group);
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
        PatientContext neonate = withWeight(PatientContext.of(TODAY.minusDays(10), Sex.MALE), 3.4);
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
