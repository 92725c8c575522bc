package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.PrescriptionType;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** TCM_TOXIC_HERB, the toxic-herb tier of TCM_OVER_PHARMACOPOEIA, and herb aliases reaching 十八反. */
class TcmToxicHerbRuleTest {

    private static PrescriptionLine herb(String name, double grams) {
        return PrescriptionLine.of(name, null, null, grams, "g", null, null);
    }

    private static Verdict decoction(int count, PrescriptionLine... lines) {
        return screen(rx(lines)
                .type(PrescriptionType.TCM_DECOCTION)
                .decoctionCount(count)
                .build());
    }

    @Test
    void rawPinelliaInADecoctionIsAbsoluteButExternalUseAndTheProcessedFormAreNot() {
        assertThat(decoction(3, herb("生半夏", 9)).findingsOf("TCM_TOXIC_HERB"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
        PrescriptionLine external = PrescriptionLine.of("生半夏", null, "外用", 9.0, "g", null, null);
        assertThat(decoction(3, external).findingsOf("TCM_TOXIC_HERB")).isEmpty();
        assertThat(decoction(3, herb("法半夏", 9)).findingsOf("TCM_TOXIC_HERB")).isEmpty();
    }

    @Test
    void aListedToxicHerbAtMostTwoDaysMaximumPerPrescription() {
        // 洋金花 daily maximum 0.6 g: two days' 1.2 g; 0.4 g × 3 剂 = 1.2 g at the limit, 0.41 g × 3 above
        assertThat(decoction(3, herb("洋金花", 0.4)).findingsOf("TCM_TOXIC_HERB")).isEmpty();
        assertThat(decoction(3, herb("洋金花", 0.41)).findingsOf("TCM_TOXIC_HERB"))
                .singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("剂数=3"));
        assertThat(decoction(2, herb("洋金花", 0.6)).findingsOf("TCM_TOXIC_HERB")).isEmpty();
    }

    @Test
    void aToxicHerbAboveThePharmacopoeiaDoseIsAbsoluteAnOrdinaryOneSerious() {
        assertThat(decoction(1, herb("洋金花", 0.7)).findingsOf("TCM_OVER_PHARMACOPOEIA"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
        assertThat(decoction(1, herb("甘草", 30)).findingsOf("TCM_OVER_PHARMACOPOEIA"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T3));
    }

    @Test
    void commonPrescriptionSpellingsResolveSoThatEighteenIncompatibilitiesFire() {
        assertThat(decoction(3, herb("炮附片", 9), herb("川贝", 6)).findingsOf("TCM_18FAN"))
                .isNotEmpty();
        assertThat(decoction(3, herb("制附子", 9), herb("浙贝", 9)).findingsOf("TCM_18FAN"))
                .isNotEmpty();
        assertThat(decoction(3, herb("制附子", 9), herb("花粉", 9)).findingsOf("TCM_18FAN"))
                .isNotEmpty();
        assertThat(decoction(3, herb("元参", 9)).findingsOf("SYSTEM_CANNOT_REVIEW"))
                .isEmpty();
    }
}
