package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.aged;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** PIM (research §7 R35). */
class GeriatricPimRuleTest {

    @Test
    void r35ChlorphenamineInA78YearOldIsANonBlockingNotice() {
        Verdict v = screen(rx(oral("马来酸氯苯那敏片", 4, "mg", "tid", 3)).build(), aged(78, Sex.MALE));
        assertThat(v.findingsOf("PIM")).singleElement().satisfies(f -> assertThat(f.tier())
                .isEqualTo(Tier.T1));
        assertThat(v.passes()).isTrue();
    }

    @Test
    void chlorphenamineInA50YearOldHasNoFinding() {
        assertThat(screen(rx(oral("氯苯那敏", 4, "mg", "tid", 3)).build(), aged(50, Sex.MALE))
                        .findingsOf("PIM"))
                .isEmpty();
    }

    @Test
    void immediateReleaseNifedipineInA70YearOldIsAPim() {
        assertThat(screen(rx(oral("硝苯地平片", 10, "mg", "tid", 7)).build(), aged(70, Sex.FEMALE))
                        .findingsOf("PIM"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T1));
    }

    @Test
    void controlledReleaseNifedipineIsNotTheImmediateReleasePim() {
        assertThat(screen(rx(oral("硝苯地平控释片", 30, "mg", "qd", 28)).build(), aged(70, Sex.FEMALE))
                        .findingsOf("PIM"))
                .isEmpty();
        assertThat(screen(
                                rx(PrescriptionLine.of("硝苯地平", "缓释片", "口服", 20.0, "mg", "bid", 28))
                                        .build(),
                                aged(70, Sex.FEMALE))
                        .findingsOf("PIM"))
                .isEmpty();
    }
}
