package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withStrength;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Verdict;

/** DOSE_UNCONVERTIBLE: a dose that cannot be converted goes to a pharmacist, never through in silence. */
class DoseUnconvertibleRuleTest {

    @Test
    void millilitresOfAProductWithoutAKnownConcentrationGoToAPharmacist() {
        Verdict v = screen(rx(oral("氨氯地平", 5, "ml", "qd", 3)).build());
        assertThat(v.findingsOf("DOSE_UNCONVERTIBLE")).singleElement().satisfies(f -> {
            assertThat(f.action()).isEqualTo(Action.PHARMACIST_REVIEW);
            assertThat(f.message()).contains("无法换算");
        });
        assertThat(v.action()).isEqualTo(Action.PHARMACIST_REVIEW);
    }

    @Test
    void tabletsOfADrugWithSeveralStrengthsAndNoneWrittenCannotBeChecked() {
        assertThat(screen(rx(oral("布洛芬", 1, "片", "tid", 3)).build()).findingsOf("DOSE_UNCONVERTIBLE"))
                .hasSize(1);
        PrescriptionLine withStrength = withStrength(oral("布洛芬", 1, "片", "tid", 3), "0.2g");
        assertThat(screen(rx(withStrength).build()).findingsOf("DOSE_UNCONVERTIBLE"))
                .isEmpty();
    }

    @Test
    void theOnlyMarketedStrengthOfTheFormIsUsed() {
        // metoclopramide tablets have one strength (5 mg)
        PrescriptionLine line = PrescriptionLine.of("甲氧氯普胺片", "片剂", "口服", 2.0, "片", "tid", 3);
        Verdict v = screen(rx(line).build());
        assertThat(v.findingsOf("DOSE_UNCONVERTIBLE")).isEmpty();
        assertThat(v.findingsOf("DOSE_SINGLE")).isEmpty();
        PrescriptionLine three = PrescriptionLine.of("甲氧氯普胺片", "片剂", "口服", 3.0, "片", "tid", 3);
        assertThat(screen(rx(three).build()).findingsOf("DOSE_SINGLE")).hasSize(1);
    }

    @Test
    void eyeDropsAreNotDoseChecked() {
        PrescriptionLine drops = PrescriptionLine.of("阿托品", "滴眼液", "滴眼", 1.0, "滴", "tid", 3);
        assertThat(screen(rx(drops).build()).findingsOf("DOSE_UNCONVERTIBLE")).isEmpty();
    }
}
