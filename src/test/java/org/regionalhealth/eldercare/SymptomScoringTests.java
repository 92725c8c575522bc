package org.regionalhealth.eldercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ESAS-r scoring: nine items 0..10, total 0..90, bands at their boundaries (issue 21). */
class SymptomScoringTests {

    static Map<SymptomItem, Integer> all(int value) {
        var map = new EnumMap<SymptomItem, Integer>(SymptomItem.class);
        for (var item : SymptomItem.values()) {
            map.put(item, value);
        }
        return map;
    }

    @Test
    void nineItemsAddUpToNinety() {
        assertThat(SymptomItem.values()).hasSize(9);
        assertThat(SymptomScoring.total(all(10))).isEqualTo(90);
        assertThat(SymptomScoring.total(all(0))).isZero();
        var mixed = all(2);
        mixed.put(SymptomItem.PAIN, 8);
        assertThat(SymptomScoring.total(mixed)).isEqualTo(24);
    }

    @Test
    void bandsAtTheirBoundaries() {
        assertThat(SymptomScoring.band(0)).isEqualTo(SymptomBand.NONE);
        assertThat(SymptomScoring.band(1)).isEqualTo(SymptomBand.MILD);
        assertThat(SymptomScoring.band(3)).isEqualTo(SymptomBand.MILD);
        assertThat(SymptomScoring.band(4)).isEqualTo(SymptomBand.MODERATE);
        assertThat(SymptomScoring.band(6)).isEqualTo(SymptomBand.MODERATE);
        assertThat(SymptomScoring.band(7)).isEqualTo(SymptomBand.SEVERE);
        assertThat(SymptomScoring.band(10)).isEqualTo(SymptomBand.SEVERE);
        assertThatThrownBy(() -> SymptomScoring.band(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SymptomScoring.band(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingAndOutOfRangeItemsAreNamed() {
        var scores = all(5);
        scores.remove(SymptomItem.NAUSEA);
        scores.put(SymptomItem.PAIN, 11);
        var problems = SymptomScoring.problems(scores);
        assertThat(problems).containsOnlyKeys(SymptomItem.NAUSEA, SymptomItem.PAIN);
        assertThat(problems.get(SymptomItem.NAUSEA)).contains("请评分");
        assertThat(problems.get(SymptomItem.PAIN)).contains("0 到 10");
        assertThatThrownBy(() -> SymptomScoring.total(scores)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWorstItemGivesTheScoresBand() {
        var scores = all(1);
        scores.put(SymptomItem.SHORTNESS_OF_BREATH, 7);
        var score = new SymptomScore(1, 1, java.time.LocalDate.of(2026, 1, 1), scores, 15, "x");
        assertThat(score.worst()).isEqualTo(SymptomBand.SEVERE);
        assertThat(score.band(SymptomItem.PAIN)).isEqualTo(SymptomBand.MILD);
    }
}
