package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withHistory;
import static org.regionalhealth.screening.ScreeningFixtures.TODAY;
import static org.regionalhealth.screening.ScreeningFixtures.adult;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.DispensedMedicine;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** DUP_INGREDIENT (research §7 R28, R29). */
class DuplicateIngredientRuleTest {

    @Test
    void r28WeicYinqiaoWithParacetamolShowsTheDailyParacetamolTotal() {
        Verdict v = screen(rx(oral("维C银翘片", 2, "片", "tid", 3), oral("对乙酰氨基酚片", 0.5, "g", "tid", 3))
                .build());
        assertThat(v.findingsOf("DUP_INGREDIENT")).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T2);
            assertThat(f.message()).contains("对乙酰氨基酚").contains("合计每日2130mg");
            assertThat(f.evidence()).contains("对乙酰氨基酚合计=2130mg/日");
        });
    }

    @Test
    void r29XiaokeWanWithGlibenclamideIsAHypoglycaemiaRiskForAPharmacist() {
        Verdict v = screen(rx(oral("消渴丸", 10, "丸", "tid", 7), oral("格列本脲片", 2.5, "mg", "qd", 7))
                .build());
        assertThat(v.findingsOf("DUP_INGREDIENT")).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T3);
            assertThat(f.message()).contains("格列本脲");
        });
    }

    @Test
    void aHighAlertIngredientRepeatedFromTheRegionalHistoryIsT3() {
        var patient = withHistory(adult(), new DispensedMedicine("格列本脲片", "XS-CHC-07", TODAY.minusDays(3), 30));
        Verdict v = screen(rx(oral("格列本脲", 2.5, "mg", "qd", 7)).build(), patient);
        assertThat(v.findingsOf("DUP_INGREDIENT")).singleElement().satisfies(f -> assertThat(f.tier())
                .isEqualTo(Tier.T3));
    }

    @Test
    void anOrdinaryRepeatOfAHistoryMedicineIsOnlyANotice() {
        var patient = withHistory(adult(), new DispensedMedicine("氨氯地平", "XS-CHC-07", TODAY.minusDays(3), 30));
        Verdict v = screen(rx(oral("苯磺酸氨氯地平片", 5, "mg", "qd", 7)).build(), patient);
        assertThat(v.findingsOf("DUP_INGREDIENT")).singleElement().satisfies(f -> assertThat(f.tier())
                .isEqualTo(Tier.T1));
    }

    @Test
    void differentIngredientsAreNoDuplicate() {
        assertThat(screen(rx(oral("维C银翘片", 2, "片", "tid", 3), oral("布洛芬", 200, "mg", "tid", 3))
                                .build())
                        .findingsOf("DUP_INGREDIENT"))
                .isEmpty();
    }
}
