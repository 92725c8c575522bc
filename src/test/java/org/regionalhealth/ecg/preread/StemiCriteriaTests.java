package org.regionalhealth.ecg.preread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ecg.signal.Lead;
import org.regionalhealth.residents.Sex;

/** The fourth universal definition's ST-elevation thresholds, just below, at and just above each boundary. */
class StemiCriteriaTests {

    private final StemiCriteria criteria = StemiCriteria.standard();

    private static Map<Lead, Double> st(Object... leadAndValue) {
        var map = new EnumMap<Lead, Double>(Lead.class);
        for (Lead lead : Lead.values()) {
            map.put(lead, 0.0);
        }
        for (int i = 0; i < leadAndValue.length; i += 2) {
            map.put((Lead) leadAndValue[i], (Double) leadAndValue[i + 1]);
        }
        return map;
    }

    @Test
    void limbLeadsNeedOneMillimetreInTwoContiguousLeads() {
        assertThat(criteria.assess(st(Lead.II, 0.099, Lead.III, 0.10), Sex.MALE, 60)
                        .suspected())
                .isFalse();
        assertThat(criteria.assess(st(Lead.II, 0.100, Lead.III, 0.10), Sex.MALE, 60)
                        .suspected())
                .isTrue();
        assertThat(criteria.assess(st(Lead.II, 0.101, Lead.AVF, 0.101), Sex.FEMALE, 30)
                        .suspected())
                .isTrue();
        var inferior = criteria.assess(st(Lead.II, 0.2, Lead.III, 0.25, Lead.AVF, 0.2), Sex.MALE, 60);
        assertThat(inferior.leads()).containsExactly(Lead.II, Lead.III, Lead.AVF);
        assertThat(inferior.territories()).containsExactly(Territory.INFERIOR);
    }

    @Test
    void oneLeadOrTwoLeadsThatAreNotContiguousAreNotEnough() {
        assertThat(criteria.assess(st(Lead.III, 0.5), Sex.MALE, 60).suspected()).isFalse();
        assertThat(criteria.assess(st(Lead.II, 0.3, Lead.V5, 0.3), Sex.MALE, 60).suspected())
                .isFalse();
        assertThat(criteria.assess(st(Lead.I, 0.3, Lead.III, 0.3), Sex.MALE, 60).suspected())
                .isFalse();
    }

    @Test
    void aVrIsNotASTEMILead() {
        assertThat(criteria.threshold(Lead.AVR, Sex.MALE, 60)).isNull();
        assertThat(criteria.meets(Lead.AVR, 0.5, Sex.MALE, 60)).isFalse();
    }

    @Test
    void v2AndV3TwoMillimetresInMenFortyOrOlder() {
        assertThat(criteria.assess(st(Lead.V2, 0.199, Lead.V3, 0.2), Sex.MALE, 40)
                        .suspected())
                .isFalse();
        assertThat(criteria.assess(st(Lead.V2, 0.200, Lead.V3, 0.2), Sex.MALE, 40)
                        .suspected())
                .isTrue();
        assertThat(criteria.assess(st(Lead.V2, 0.201, Lead.V3, 0.201), Sex.MALE, 75)
                        .suspected())
                .isTrue();
    }

    @Test
    void v2AndV3TwoAndAHalfMillimetresInMenUnderForty() {
        assertThat(criteria.meets(Lead.V2, 0.249, Sex.MALE, 39)).isFalse();
        assertThat(criteria.meets(Lead.V2, 0.250, Sex.MALE, 39)).isTrue();
        assertThat(criteria.meets(Lead.V2, 0.251, Sex.MALE, 39)).isTrue();
        // the age boundary: at 40 the 2 mm threshold applies
        assertThat(criteria.meets(Lead.V3, 0.22, Sex.MALE, 39)).isFalse();
        assertThat(criteria.meets(Lead.V3, 0.22, Sex.MALE, 40)).isTrue();
    }

    @Test
    void v2AndV3OneAndAHalfMillimetresInWomenOfAnyAge() {
        assertThat(criteria.meets(Lead.V3, 0.149, Sex.FEMALE, 55)).isFalse();
        assertThat(criteria.meets(Lead.V3, 0.150, Sex.FEMALE, 25)).isTrue();
        assertThat(criteria.meets(Lead.V3, 0.151, Sex.FEMALE, 80)).isTrue();
        var anterior = criteria.assess(st(Lead.V2, 0.15, Lead.V3, 0.15), Sex.FEMALE, 55);
        assertThat(anterior.territories()).containsExactly(Territory.ANTERIOR);
    }

    @Test
    void otherPrecordialLeadsOneMillimetre() {
        assertThat(criteria.assess(st(Lead.V4, 0.099, Lead.V5, 0.2), Sex.MALE, 60)
                        .suspected())
                .isFalse();
        assertThat(criteria.assess(st(Lead.V4, 0.100, Lead.V5, 0.1), Sex.MALE, 60)
                        .suspected())
                .isTrue();
        // V1 with V2: V2 still needs its own threshold
        assertThat(criteria.assess(st(Lead.V1, 0.3, Lead.V2, 0.15), Sex.MALE, 60)
                        .suspected())
                .isFalse();
        assertThat(criteria.assess(st(Lead.V1, 0.3, Lead.V2, 0.2), Sex.MALE, 60).territories())
                .containsExactly(Territory.SEPTAL);
    }

    @Test
    void everyThresholdNamesItsSource() {
        assertThat(criteria.thresholds()).allSatisfy(t -> assertThat(t.source()).contains("UDMI4"));
        assertThat(criteria.pairs()).hasSize(9);
    }
}
