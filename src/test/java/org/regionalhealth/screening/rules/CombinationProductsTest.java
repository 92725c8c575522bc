package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withWeight;
import static org.regionalhealth.screening.ScreeningFixtures.KB;
import static org.regionalhealth.screening.ScreeningFixtures.aged;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.PatientContext;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/**
 * Fixed-combination products (issue 14 item 5): their Western ingredients resolve to the single generics, so they make
 * duplicates (DUP_INGREDIENT, DUP_CLASS between two cold combinations) and count towards each ingredient's daily total
 * (DOSE_DAILY_MAX) with the labelled amount per tablet, capsule or bag. Boundaries just below, at and above the label's
 * maximum daily dose.
 */
class CombinationProductsTest {

    @Test
    void everyIngredientOfAFixedCombinationIsAGenericOfTheKnowledgeBase() {
        List<Generic> combinations =
                KB.generics().stream().filter(g -> !g.ingredients().isEmpty()).toList();
        assertThat(combinations).hasSizeGreaterThanOrEqualTo(15);
        for (Generic g : combinations) {
            for (Generic.Ingredient ingredient : g.ingredients()) {
                assertThat(KB.generic(ingredient.drug()))
                        .as(g.id() + " → " + ingredient.drug())
                        .isPresent();
            }
        }
    }

    @Test
    void compoundParacetamolAmantadineBesideParacetamolIsADuplicateWithTheSummedDailyTotal() {
        // 1 tablet bid = 500 mg paracetamol, + 0.5 g qid = 2,000 mg → 2,500 mg: above the usual 2 g, below the 4 g
        // maximum
        Verdict v = screen(rx(oral("复方氨酚烷胺片", 1, "片", "bid", 3), oral("对乙酰氨基酚片", 0.5, "g", "qid", 3))
                .build());
        assertThat(v.findingsOf("DUP_INGREDIENT")).singleElement().satisfies(f -> assertThat(f.message())
                .contains("对乙酰氨基酚"));
        assertThat(v.findingsOf("DOSE_DAILY_MAX")).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T1);
            assertThat(f.evidence()).contains("合计=2500mg/日");
        });
    }

    @Test
    void paracetamolAcrossACombinationAndTheSingleGenericAtFourGramsIsNotOverTheMaximumJustAboveIsT3() {
        // 酚麻美敏 2 tablets qid = 8 tablets (its own maximum) = 2,600 mg paracetamol
        Verdict below = screen(rx(oral("酚麻美敏片", 2, "片", "qid", 3), oral("对乙酰氨基酚片", 0.34, "g", "qid", 3))
                .build());
        Verdict at = screen(rx(oral("酚麻美敏片", 2, "片", "qid", 3), oral("对乙酰氨基酚片", 0.35, "g", "qid", 3))
                .build());
        Verdict above = screen(rx(oral("酚麻美敏片", 2, "片", "qid", 3), oral("对乙酰氨基酚片", 0.36, "g", "qid", 3))
                .build());
        assertThat(paracetamolTotal(below)).satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T1));
        assertThat(paracetamolTotal(at)).satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T1);
            assertThat(f.evidence()).contains("合计=4000mg/日");
        });
        assertThat(paracetamolTotal(above)).satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T3);
            assertThat(f.evidence()).contains("合计=4040mg/日", "说明书最大日剂量=4000mg");
        });
    }

    @Test
    void theCombinationsOwnDailyMaximumIsCheckedInTablets() {
        assertThat(screen(rx(oral("酚麻美敏片", 2, "片", "qid", 3)).build()).findingsOf("DOSE_DAILY_MAX").stream()
                        .filter(f -> f.message().startsWith("酚麻美敏"))
                        .toList())
                .isEmpty();
        assertThat(screen(rx(oral("酚麻美敏片", 2, "片", "q4h", 3)).build()).findingsOf("DOSE_DAILY_MAX").stream()
                        .filter(f -> f.message().startsWith("酚麻美敏"))
                        .toList())
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T3));
    }

    @Test
    void amantadineFromTheColdCombinationCountsWithAmantadineTablets() {
        // combination 1 tablet bid = 200 mg amantadine; + 100 mg bid = 400 mg (the label's maximum) → notice only
        Verdict at = screen(rx(oral("复方氨酚烷胺片", 1, "片", "bid", 3), oral("金刚烷胺片", 100, "mg", "bid", 3))
                .build());
        assertThat(at.findingsOf("DOSE_DAILY_MAX").stream()
                        .filter(f -> f.message().startsWith("金刚烷胺"))
                        .toList())
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T1));
        Verdict above = screen(rx(oral("复方氨酚烷胺片", 1, "片", "bid", 3), oral("金刚烷胺片", 100, "mg", "tid", 3))
                .build());
        assertThat(above.findingsOf("DOSE_DAILY_MAX").stream()
                        .filter(f -> f.message().startsWith("金刚烷胺"))
                        .toList())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.tier()).isEqualTo(Tier.T3);
                    assertThat(f.evidence()).contains("合计=500mg/日");
                });
        assertThat(above.findingsOf("DUP_INGREDIENT"))
                .anySatisfy(f -> assertThat(f.message()).contains("金刚烷胺"));
    }

    @Test
    void twoColdCombinationsAreDuplicateTherapyEvenWhereTheirIngredientsDiffer() {
        Verdict v = screen(rx(oral("复方氨酚烷胺片", 1, "片", "bid", 3), oral("酚麻美敏片", 1, "片", "tid", 3))
                .build());
        assertThat(v.findingsOf("DUP_CLASS")).singleElement().satisfies(f -> assertThat(f.message())
                .contains("复方抗感冒药"));
        assertThat(v.findingsOf("DUP_INGREDIENT")).isNotEmpty();
    }

    @Test
    void aCapsuleWrittenInCapsulesCountsItsIngredients() {
        // 氨咖黄敏 2 capsules tid = 1,500 mg paracetamol, + 1 g qid → 5,500 mg
        Verdict v = screen(rx(oral("氨咖黄敏胶囊", 2, "粒", "tid", 3), oral("对乙酰氨基酚片", 1, "g", "qid", 3))
                .build());
        assertThat(paracetamolTotal(v)).satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T3);
            assertThat(f.evidence()).contains("合计=5500mg/日");
        });
    }

    @Test
    void aChildsParacetamolFromThePaediatricCombinationIsSummedPerKilogram() {
        PatientContext child = withWeight(aged(4, Sex.FEMALE), 16.0);
        // 1 bag tid = 375 mg; + 150 mg qid = 600 mg → 975 mg, above 60 mg/kg/day × 16 kg = 960 mg
        Verdict above = screen(
                rx(oral("小儿氨酚黄那敏颗粒", 1, "袋", "tid", 3), oral("对乙酰氨基酚", 150, "mg", "qid", 3))
                        .build(),
                child);
        assertThat(paracetamolTotal(above)).satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T3));
        Verdict below = screen(
                rx(oral("小儿氨酚黄那敏颗粒", 1, "袋", "tid", 3), oral("对乙酰氨基酚", 140, "mg", "qid", 3))
                        .build(),
                child);
        assertThat(below.findingsOf("DOSE_DAILY_MAX").stream()
                        .filter(f -> f.message().startsWith("对乙酰氨基酚"))
                        .toList())
                .isEmpty();
    }

    private static org.regionalhealth.screening.Finding paracetamolTotal(Verdict v) {
        List<org.regionalhealth.screening.Finding> found = v.findingsOf("DOSE_DAILY_MAX").stream()
                .filter(f -> f.message().startsWith("对乙酰氨基酚"))
                .toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
