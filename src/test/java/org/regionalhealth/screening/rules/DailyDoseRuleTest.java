package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withWeight;
import static org.regionalhealth.screening.ScreeningFixtures.aged;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.PatientContext;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** DOSE_DAILY_MAX (research §7 R31). */
class DailyDoseRuleTest {

    @Test
    void r31ParacetamolOver4GramsAcrossAllItemsIsT3() {
        Verdict v = screen(rx(oral("对乙酰氨基酚片", 1, "g", "qid", 3), oral("维C银翘片", 2, "片", "tid", 3))
                .build());
        assertThat(v.findingsOf("DOSE_DAILY_MAX")).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T3);
            assertThat(f.evidence()).contains("合计=4630mg/日", "说明书最大日剂量=4000mg");
        });
    }

    @Test
    void fourGramsExactlyIsNotOverTheCeilingButAboveTheUsualMaximumIsANotice() {
        Verdict v = screen(rx(oral("对乙酰氨基酚片", 1, "g", "qid", 3)).build());
        assertThat(v.findingsOf("DOSE_DAILY_MAX")).singleElement().satisfies(f -> assertThat(f.tier())
                .isEqualTo(Tier.T1));
    }

    @Test
    void anOrdinaryDoseHasNoFinding() {
        assertThat(screen(rx(oral("对乙酰氨基酚片", 0.5, "g", "tid", 3)).build()).findingsOf("DOSE_DAILY_MAX"))
                .isEmpty();
    }

    @Test
    void aChildIsCheckedPerKilogram() {
        PatientContext child = withWeight(aged(4, Sex.FEMALE), 16.0);
        // ibuprofen paediatric max 40 mg/kg/day → 640 mg for 16 kg
        assertThat(screen(rx(oral("布洛芬", 200, "mg", "qid", 3)).build(), child).findingsOf("DOSE_DAILY_MAX"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T3));
        assertThat(screen(rx(oral("布洛芬", 150, "mg", "qid", 3)).build(), child).findingsOf("DOSE_DAILY_MAX"))
                .isEmpty();
    }
}
