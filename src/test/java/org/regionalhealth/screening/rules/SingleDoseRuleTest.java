package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withStrength;
import static org.regionalhealth.screening.ScreeningCopies.withWeight;
import static org.regionalhealth.screening.ScreeningFixtures.aged;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.PatientContext;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** DOSE_SINGLE: single dose against the usual maximum, the 极量 and the per-kg limits, just below, at and above. */
class SingleDoseRuleTest {

    private static Verdict adult(PrescriptionLine line) {
        return screen(rx(line).build());
    }

    @Test
    void ibuprofenAdultSingleDoseAtTheUsualMaximumPassesAndAboveIsASecondSignature() {
        assertThat(adult(oral("布洛芬", 799, "mg", "tid", 3)).findingsOf("DOSE_SINGLE"))
                .isEmpty();
        assertThat(adult(oral("布洛芬", 800, "mg", "tid", 3)).findingsOf("DOSE_SINGLE"))
                .isEmpty();
        assertThat(adult(oral("布洛芬", 801, "mg", "bid", 3)).findingsOf("DOSE_SINGLE"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.tier()).isEqualTo(Tier.T2);
                    assertThat(f.evidence()).contains("单次剂量=801mg", "常用单次最大量=800mg");
                });
    }

    @Test
    void atropineAbovePharmacopoeiaSingleDoseCeilingIsAbsolute() {
        assertThat(adult(oral("阿托品", 1, "mg", "tid", 1)).findingsOf("DOSE_SINGLE"))
                .isEmpty();
        assertThat(adult(oral("阿托品", 1.2, "mg", "bid", 1)).findingsOf("DOSE_SINGLE"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.tier()).isEqualTo(Tier.T4);
                    assertThat(f.evidence()).contains("极量（一次）=1mg");
                });
    }

    @Test
    void aSingleDoseBelowTheUsualMinimumIsANotice() {
        assertThat(adult(oral("布洛芬", 200, "mg", "tid", 3)).findingsOf("DOSE_SINGLE"))
                .isEmpty();
        assertThat(adult(oral("布洛芬", 199, "mg", "tid", 3)).findingsOf("DOSE_SINGLE"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T1));
    }

    @Test
    void aChildIsCheckedPerKilogramPerDose() {
        PatientContext child = withWeight(aged(4, Sex.FEMALE), 16.0);
        // ibuprofen 5–10 mg/kg per dose → 80–160 mg for 16 kg
        assertThat(screen(rx(oral("布洛芬", 159, "mg", "q8h", 2)).build(), child).findingsOf("DOSE_SINGLE"))
                .isEmpty();
        assertThat(screen(rx(oral("布洛芬", 160, "mg", "q8h", 2)).build(), child).findingsOf("DOSE_SINGLE"))
                .isEmpty();
        assertThat(screen(rx(oral("布洛芬", 161, "mg", "q8h", 2)).build(), child).findingsOf("DOSE_SINGLE"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T3));
        assertThat(screen(rx(oral("布洛芬", 79, "mg", "q8h", 2)).build(), child).findingsOf("DOSE_SINGLE"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T1));
    }

    @Test
    void millilitresAreConvertedWithTheProductConcentration() {
        PatientContext child = withWeight(aged(4, Sex.FEMALE), 16.0);
        // 布洛芬混悬液 100ml:2g = 20 mg/ml: 8 ml = 160 mg (at the limit), 8.1 ml = 162 mg (above)
        PrescriptionLine atLimit = withStrength(oral("布洛芬混悬液", 8, "ml", "q8h", 2), "100ml:2g");
        PrescriptionLine above = withStrength(oral("布洛芬混悬液", 8.1, "ml", "q8h", 2), "100ml:2g");
        assertThat(screen(rx(atLimit).build(), child).findingsOf("DOSE_SINGLE")).isEmpty();
        assertThat(screen(rx(above).build(), child).findingsOf("DOSE_SINGLE"))
                .singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("单次剂量=162mg"));
    }

    @Test
    void dropsAreTwentyToTheMillilitre() {
        PatientContext child = withWeight(aged(4, Sex.FEMALE), 16.0);
        // 160 drops = 8 ml = 160 mg at 20 mg/ml; 162 drops = 8.1 ml = 162 mg
        assertThat(screen(
                                rx(withStrength(oral("布洛芬混悬液", 160, "滴", "q8h", 2), "100ml:2g"))
                                        .build(),
                                child)
                        .findingsOf("DOSE_SINGLE"))
                .isEmpty();
        assertThat(screen(
                                rx(withStrength(oral("布洛芬混悬液", 162, "滴", "q8h", 2), "100ml:2g"))
                                        .build(),
                                child)
                        .findingsOf("DOSE_SINGLE"))
                .singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("单次剂量=162mg"));
    }
}
