package org.regionalhealth.eldercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB/T 42195-2022 scoring: the 90-point total, the grade bands at their boundaries and the adjustments (issue 21). */
class CapabilityScoringTests {

    static final CapabilityScoring.Adjustments NONE = new CapabilityScoring.Adjustments(false, false, 0);

    /** Every item at its maximum, then points taken away item by item until the total is reached. */
    static Map<AbilityItem, Integer> scoresWithTotal(int total) {
        var scores = new EnumMap<AbilityItem, Integer>(AbilityItem.class);
        for (var item : AbilityItem.values()) {
            scores.put(item, item.max());
        }
        int toRemove = 90 - total;
        for (var item : AbilityItem.values()) {
            int take = Math.min(toRemove, item.max());
            scores.put(item, item.max() - take);
            toRemove -= take;
        }
        return scores;
    }

    @Test
    void twentySixItemsInFourDomainsAddUpToNinety() {
        assertThat(AbilityItem.values()).hasSize(26);
        assertThat(Arrays.stream(AbilityItem.values())
                        .mapToInt(AbilityItem::max)
                        .sum())
                .isEqualTo(CapabilityScoring.MAX_TOTAL)
                .isEqualTo(90);
        var result = CapabilityScoring.score(scoresWithTotal(90), NONE, true);
        assertThat(result.domainTotals())
                .containsEntry(AbilityDomain.SELF_CARE, 32)
                .containsEntry(AbilityDomain.MOBILITY, 15)
                .containsEntry(AbilityDomain.MENTAL, 28)
                .containsEntry(AbilityDomain.PERCEPTION_SOCIAL, 15);
        // the trap of one public implementation: 使用交通工具外出 is scored out of 3, not 2
        assertThat(AbilityItem.TRANSPORT.max()).isEqualTo(3);
    }

    @ParameterizedTest(name = "total {0} → {1}")
    @CsvSource({
        "90, INTACT",
        "89, MILD",
        "66, MILD",
        "65, MODERATE",
        "46, MODERATE",
        "45, SEVERE",
        "30, SEVERE",
        "29, TOTAL",
        "0, TOTAL"
    })
    void gradeBandsAtTheirBoundaries(int total, CapabilityGrade grade) {
        assertThat(CapabilityScoring.preliminary(total)).isEqualTo(grade);
        var result = CapabilityScoring.score(scoresWithTotal(total), NONE, true);
        assertThat(result.total()).isEqualTo(total);
        assertThat(result.grade()).isEqualTo(grade);
    }

    @Test
    void comaIsGradeFourWhateverTheScore() {
        var result =
                CapabilityScoring.score(scoresWithTotal(80), new CapabilityScoring.Adjustments(true, false, 0), true);
        assertThat(result.preliminary()).isEqualTo(CapabilityGrade.MILD);
        assertThat(result.grade()).isEqualTo(CapabilityGrade.TOTAL);
        assertThat(result.adjustments()).hasSize(1);
    }

    @Test
    void dementiaAndRepeatedCareRiskEventsEachRaiseOneGrade() {
        var mental =
                CapabilityScoring.score(scoresWithTotal(66), new CapabilityScoring.Adjustments(false, true, 0), true);
        assertThat(mental.grade()).isEqualTo(CapabilityGrade.MODERATE);
        // one event does not raise, two do
        assertThat(CapabilityScoring.score(
                                scoresWithTotal(66), new CapabilityScoring.Adjustments(false, false, 1), true)
                        .grade())
                .isEqualTo(CapabilityGrade.MILD);
        assertThat(CapabilityScoring.score(
                                scoresWithTotal(66), new CapabilityScoring.Adjustments(false, false, 2), true)
                        .grade())
                .isEqualTo(CapabilityGrade.MODERATE);
        // both: two grades when the rules stack (the default), one when they do not
        var both = new CapabilityScoring.Adjustments(false, true, 3);
        assertThat(CapabilityScoring.score(scoresWithTotal(66), both, true).grade())
                .isEqualTo(CapabilityGrade.SEVERE);
        assertThat(CapabilityScoring.score(scoresWithTotal(66), both, false).grade())
                .isEqualTo(CapabilityGrade.MODERATE);
        // never beyond grade 4
        assertThat(CapabilityScoring.score(scoresWithTotal(10), both, true).grade())
                .isEqualTo(CapabilityGrade.TOTAL);
    }

    @Test
    void missingAndOutOfRangeItemsAreNamed() {
        var scores = scoresWithTotal(90);
        scores.remove(AbilityItem.EATING);
        scores.put(AbilityItem.STAIRS, 4);
        scores.put(AbilityItem.VISION, -1);
        assertThat(CapabilityScoring.problems(scores))
                .containsOnlyKeys(AbilityItem.EATING, AbilityItem.STAIRS, AbilityItem.VISION);
        assertThatThrownBy(() -> CapabilityScoring.score(scores, NONE, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
