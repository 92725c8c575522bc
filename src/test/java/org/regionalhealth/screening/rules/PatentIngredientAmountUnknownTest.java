package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.KB;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.drugs.PatentMedicine;
import org.regionalhealth.screening.Verdict;

/**
 * Issue 14 §5: every patent medicine's Western ingredients are active — with the labelled amount where it was verified,
 * without one ("contains, amount not verified") otherwise, so a duplicate with the plain generic is never missed.
 */
class PatentIngredientAmountUnknownTest {

    @Test
    void everyPatentMedicineHasAnActiveWesternIngredient() {
        assertThat(KB.patentMedicines()).hasSize(36).allSatisfy(p -> assertThat(p.westernIngredients())
                .as(p.nameZh())
                .isNotEmpty());
    }

    @Test
    void anIngredientWithoutAVerifiedAmountStillMakesADuplicate() {
        PatentMedicine keli = KB.findPatentMedicine("维C银翘颗粒").orElseThrow();
        assertThat(keli.westernIngredients()).anySatisfy(i -> {
            assertThat(i.drug()).isEqualTo("paracetamol");
            assertThat(i.amountKnown()).isFalse();
        });
        Verdict v = screen(rx(oral("维C银翘颗粒", 1, "袋", "tid", 3), oral("对乙酰氨基酚片", 0.5, "g", "tid", 3))
                .build());
        assertThat(v.findingsOf("DUP_INGREDIENT")).isNotEmpty();
        // the daily total counts only what is known: the tablets alone (1.5 g) are within the label
        assertThat(v.findingsOf("DOSE_DAILY_MAX")).isEmpty();
    }
}
