package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withWeight;
import static org.regionalhealth.screening.ScreeningFixtures.TODAY;
import static org.regionalhealth.screening.ScreeningFixtures.aged;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.PatientContext;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/**
 * DOSE_MIN_AGE, DOSE_WEIGHT_MISSING, DOSE_MAX_DAYS and the daily-total fallbacks (prn at the label's most frequent
 * schedule, a child without weight against the adult ceiling).
 */
class DoseAgeAndWeightTest {

    @Test
    void ibuprofenIsLabelledFromSixMonths() {
        PatientContext fiveMonths = withWeight(PatientContext.of(TODAY.minusMonths(5), Sex.MALE), 7.0);
        PatientContext sixMonths = withWeight(PatientContext.of(TODAY.minusMonths(6), Sex.MALE), 7.5);
        PatientContext sevenMonths = withWeight(PatientContext.of(TODAY.minusMonths(7), Sex.MALE), 8.0);
        assertThat(screen(rx(oral("布洛芬", 50, "mg", "q8h", 2)).build(), fiveMonths)
                        .findingsOf("DOSE_MIN_AGE"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T2));
        assertThat(screen(rx(oral("布洛芬", 50, "mg", "q8h", 2)).build(), sixMonths)
                        .findingsOf("DOSE_MIN_AGE"))
                .isEmpty();
        assertThat(screen(rx(oral("布洛芬", 50, "mg", "q8h", 2)).build(), sevenMonths)
                        .findingsOf("DOSE_MIN_AGE"))
                .isEmpty();
    }

    @Test
    void aChildWithoutWeightGoesToAPharmacistAndIsHeldToTheAdultCeiling() {
        PatientContext noWeight = aged(6, Sex.MALE);
        Verdict atCeiling = screen(rx(oral("布洛芬", 600, "mg", "qid", 2)).build(), noWeight);
        assertThat(atCeiling.findingsOf("DOSE_WEIGHT_MISSING")).singleElement().satisfies(f -> {
            assertThat(f.action()).isEqualTo(Action.PHARMACIST_REVIEW);
            assertThat(f.message()).contains("未记录体重");
        });
        assertThat(atCeiling.findingsOf("DOSE_DAILY_MAX")).isEmpty();
        Verdict above = screen(rx(oral("布洛芬", 601, "mg", "qid", 2)).build(), noWeight);
        assertThat(above.findingsOf("DOSE_DAILY_MAX")).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T3);
            assertThat(f.evidence()).anyMatch(e -> e.contains("未记录体重，按成人最大日剂量"));
        });
        assertThat(screen(rx(oral("布洛芬", 100, "mg", "q8h", 2)).build(), withWeight(noWeight, 20.0))
                        .findingsOf("DOSE_WEIGHT_MISSING"))
                .isEmpty();
    }

    @Test
    void anAdultNeedsNoWeight() {
        assertThat(screen(rx(oral("布洛芬", 200, "mg", "tid", 2)).build()).findingsOf("DOSE_WEIGHT_MISSING"))
                .isEmpty();
    }

    @Test
    void prnParacetamolCountsAtTheLabelsMostFrequentScheduleBesideAPatentMedicine() {
        // 0.5 g prn at q4h (6 a day) = 3 g, + 维C银翘片 2 tablets tid (6 × 105 mg = 630 mg) = 3.63 g: within 4 g
        Verdict within = screen(rx(oral("对乙酰氨基酚片", 0.5, "g", "prn", 3), oral("维C银翘片", 2, "片", "tid", 3))
                .build());
        assertThat(within.findingsOf("DOSE_DAILY_MAX")).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T1);
            assertThat(f.evidence()).contains("合计=3630mg/日");
        });
        // 0.6 g prn = 3.6 g + 630 mg = 4.23 g: above the 4 g ceiling
        Verdict above = screen(rx(oral("对乙酰氨基酚片", 0.6, "g", "prn", 3), oral("维C银翘片", 2, "片", "tid", 3))
                .build());
        assertThat(above.findingsOf("DOSE_DAILY_MAX")).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T3);
            assertThat(f.evidence()).anyMatch(e -> e.contains("必要时，按说明书最高频次计"));
        });
    }

    @Test
    void ketorolacAtMostFiveDays() {
        assertThat(screen(rx(PrescriptionLine.of("酮咯酸", "注射液", "肌内注射", 10.0, "mg", "qid", 5))
                                .build())
                        .findingsOf("DOSE_MAX_DAYS"))
                .isEmpty();
        assertThat(screen(rx(PrescriptionLine.of("酮咯酸", "注射液", "肌内注射", 10.0, "mg", "qid", 6))
                                .build())
                        .findingsOf("DOSE_MAX_DAYS"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T2));
    }
}
