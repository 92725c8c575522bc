package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.drugs.AntimicrobialGrade;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Prescriber;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Verdict;

/** ABX_UNGRADED: an antibacterial without a grade goes to a pharmacist, even (above all) at a village station. */
class AntimicrobialUngradedRuleTest {

    private static final Prescriber VILLAGE =
            new Prescriber("V001", "李医生", true, false, AntimicrobialGrade.UNRESTRICTED, true);

    @Test
    void anUngradedOralAntibacterialAtAVillageStationGoesToAPharmacist() {
        Verdict v =
                screen(rx(oral("左氧氟沙星", 500, "mg", "qd", 3)).prescriber(VILLAGE).build());
        assertThat(v.findingsOf("ABX_UNGRADED")).singleElement().satisfies(f -> {
            assertThat(f.action()).isEqualTo(Action.PHARMACIST_REVIEW);
            assertThat(f.message()).contains("须药师人工审核");
        });
        assertThat(v.action()).isIn(Action.PHARMACIST_REVIEW, Action.REJECT);
    }

    @Test
    void aPrescriberWithTheSpecialGradeRightMayPrescribeAnyGradeSoTheMissingGradeChangesNothing() {
        // ScreeningFixtures.DOCTOR holds 特殊使用级
        assertThat(screen(rx(oral("左氧氟沙星", 500, "mg", "qd", 3)).build()).findingsOf("ABX_UNGRADED"))
                .isEmpty();
        Prescriber restricted = new Prescriber("D002", "王医生", true, false, AntimicrobialGrade.RESTRICTED, false);
        assertThat(screen(rx(oral("左氧氟沙星", 500, "mg", "qd", 3))
                                .prescriber(restricted)
                                .build())
                        .findingsOf("ABX_UNGRADED"))
                .hasSize(1);
    }

    @Test
    void aGradedAntibacterialAnAntiviralAndEyeDropsAreNotUngraded() {
        assertThat(screen(rx(oral("阿莫西林", 500, "mg", "tid", 3)).build()).findingsOf("ABX_UNGRADED"))
                .isEmpty();
        assertThat(screen(rx(oral("奥司他韦", 75, "mg", "bid", 5)).build()).findingsOf("ABX_UNGRADED"))
                .isEmpty();
        PrescriptionLine eyeDrops = PrescriptionLine.of("左氧氟沙星滴眼液", "滴眼液", "滴眼", 1.0, "滴", "qid", 7);
        assertThat(screen(rx(eyeDrops).build()).findingsOf("ABX_UNGRADED")).isEmpty();
    }

    @Test
    void streptomycinIsAnAntibacterialAsWellAsAnAntituberculosisDrug() {
        PrescriptionLine line = PrescriptionLine.of("链霉素", "注射剂", "肌内注射", 0.75, "g", "qd", 3);
        assertThat(screen(rx(line).prescriber(VILLAGE).build()).findingsOf("ABX_UNGRADED"))
                .hasSize(1);
    }

    @Test
    void vaginalMetronidazoleIsOutsideTheGradingCatalogueButOralMetronidazoleIsNot() {
        PrescriptionLine vaginal = PrescriptionLine.of("甲硝唑阴道泡腾片", "阴道泡腾片", "阴道", 0.2, "g", "qn", 7);
        assertThat(screen(rx(vaginal).prescriber(VILLAGE).build()).findingsOf("ABX_UNGRADED"))
                .isEmpty();
        assertThat(screen(rx(oral("甲硝唑片", 0.2, "g", "tid", 7))
                                .prescriber(VILLAGE)
                                .build())
                        .findingsOf("ABX_UNGRADED"))
                .hasSize(1);
    }
}
