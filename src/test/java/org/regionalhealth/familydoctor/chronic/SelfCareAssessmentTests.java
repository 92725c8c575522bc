package org.regionalhealth.familydoctor.chronic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regionalhealth.familydoctor.chronic.SelfCareAssessment.Item;
import org.regionalhealth.familydoctor.chronic.SelfCareAssessment.Level;

/** The self-care grades of the 65+ annual check (老年人生活自理能力评估表; research §2.3), at every boundary. */
class SelfCareAssessmentTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "0, INDEPENDENT",
        "3, INDEPENDENT",
        "4, MILD_DEPENDENCE",
        "8, MILD_DEPENDENCE",
        "9, MODERATE_DEPENDENCE",
        "18, MODERATE_DEPENDENCE",
        "19, DEPENDENT",
        "37, DEPENDENT",
    })
    void gradeBoundaries(int total, Level expected) {
        assertThat(SelfCareAssessment.level(total)).isEqualTo(expected);
    }

    @Test
    void totalsOutsideTheFormAreRejected() {
        assertThatThrownBy(() -> SelfCareAssessment.level(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SelfCareAssessment.level(38)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itemScoresMustBeOnTheForm() {
        var scores = Map.of(Item.EATING, 3, Item.GROOMING, 1, Item.DRESSING, 0, Item.TOILETING, 5, Item.MOBILITY, 10);
        assertThat(SelfCareAssessment.total(scores)).isEqualTo(19);
        assertThat(SelfCareAssessment.level(SelfCareAssessment.total(scores))).isEqualTo(Level.DEPENDENT);
        var wrong = Map.of(Item.EATING, 2, Item.GROOMING, 1, Item.DRESSING, 0, Item.TOILETING, 5, Item.MOBILITY, 10);
        assertThatThrownBy(() -> SelfCareAssessment.total(wrong)).hasMessageContaining("进餐");
    }
}
