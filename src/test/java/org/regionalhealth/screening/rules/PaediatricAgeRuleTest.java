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

/** PAED_AGE (research §7 R33). */
class PaediatricAgeRuleTest {

    @Test
    void r33LevofloxacinInATenYearOldIsContraindicated() {
        Verdict v = screen(rx(oral("左氧氟沙星片", 250, "mg", "qd", 3)).build(), aged(10, Sex.MALE));
        assertThat(v.findingsOf("PAED_AGE")).singleElement().satisfies(f -> assertThat(f.tier())
                .isEqualTo(Tier.T4));
    }

    @Test
    void r33DoxycyclineInASixYearOldIsContraindicated() {
        Verdict v = screen(rx(oral("多西环素", 50, "mg", "bid", 3)).build(), aged(6, Sex.FEMALE));
        assertThat(v.findingsOf("PAED_AGE")).singleElement().satisfies(f -> assertThat(f.tier())
                .isEqualTo(Tier.T4));
    }

    @Test
    void doxycyclineInATenYearOldAndLevofloxacinEyeDropsInAChildAreAllowed() {
        assertThat(screen(rx(oral("多西环素", 50, "mg", "bid", 3)).build(), aged(10, Sex.FEMALE))
                        .findingsOf("PAED_AGE"))
                .isEmpty();
        PrescriptionLine drops = PrescriptionLine.of("左氧氟沙星滴眼液", "滴眼液", "滴眼", 1.0, "滴", "qid", 5);
        assertThat(screen(rx(drops).build(), aged(10, Sex.MALE)).findingsOf("PAED_AGE"))
                .isEmpty();
    }
}
