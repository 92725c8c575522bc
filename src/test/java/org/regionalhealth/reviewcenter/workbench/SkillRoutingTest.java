package org.regionalhealth.reviewcenter.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.TODAY;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;

import org.junit.jupiter.api.Test;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.drugs.DrugsProperties;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.PrescriptionType;

/** Which pharmacist a task needs: TCM, oncology, paediatrics, antimicrobials, in that order, else general. */
class SkillRoutingTest {

    static final SkillRouting ROUTING = new SkillRouting(new DrugKnowledge(new DrugsProperties(null), event -> {}));

    @Test
    void aDecoctionGoesToATcmPharmacist() {
        var p = rx(oral("当归", 10, "g", "bid", 7))
                .type(PrescriptionType.TCM_DECOCTION)
                .build();
        assertThat(ROUTING.skillOf(p, TODAY.minusYears(50), false)).isEqualTo(Skill.TCM);
    }

    @Test
    void aCancerDiagnosisGoesToOncologyBeforeAgeOrAntibiotics() {
        var p = rx(oral("阿莫西林胶囊", 0.5, "g", "tid", 5))
                .diagnoses(Diagnosis.of("C34.9", "肺恶性肿瘤"))
                .build();
        assertThat(ROUTING.skillOf(p, TODAY.minusYears(8), false)).isEqualTo(Skill.ONCOLOGY);
        assertThat(ROUTING.skillOf(rx(oral("吗啡片", 10, "mg", "q12h", 3)).build(), TODAY.minusYears(60), true))
                .isEqualTo(Skill.ONCOLOGY);
        // D10–D48 are benign or uncertain neoplasms, not oncology
        assertThat(SkillRouting.neoplasm(Diagnosis.of("D25.9", "子宫平滑肌瘤"))).isFalse();
        assertThat(SkillRouting.neoplasm(Diagnosis.of("D05.1", "乳腺导管原位癌"))).isTrue();
    }

    @Test
    void aChildUnder14GoesToPaediatricsOn14thBirthdayNoLonger() {
        var p = rx(oral("布洛芬片", 0.1, "g", "tid", 3)).build();
        assertThat(ROUTING.skillOf(p, TODAY.minusYears(14).plusDays(1), false)).isEqualTo(Skill.PAEDIATRICS);
        assertThat(ROUTING.skillOf(p, TODAY.minusYears(14), false)).isEqualTo(Skill.GENERAL);
        assertThat(ROUTING.skillOf(p, null, false)).isEqualTo(Skill.GENERAL);
    }

    @Test
    void anAntibacterialGoesToTheAntimicrobialPharmacistAnAntiviralDoesNot() {
        var graded = rx(oral("氨氯地平片", 5, "mg", "qd", 7), oral("阿莫西林胶囊", 0.5, "g", "tid", 5))
                .build();
        assertThat(ROUTING.skillOf(graded, TODAY.minusYears(40), false)).isEqualTo(Skill.ANTIMICROBIAL);
        var quinolone = rx(oral("左氧氟沙星片", 0.5, "g", "qd", 5)).build();
        assertThat(ROUTING.skillOf(quinolone, TODAY.minusYears(40), false)).isEqualTo(Skill.ANTIMICROBIAL);
        var antiviral = rx(oral("奥司他韦胶囊", 75, "mg", "bid", 5)).build();
        assertThat(ROUTING.skillOf(antiviral, TODAY.minusYears(40), false)).isEqualTo(Skill.GENERAL);
    }
}
