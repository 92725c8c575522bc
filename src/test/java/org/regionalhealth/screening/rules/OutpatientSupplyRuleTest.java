package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withQuantity;
import static org.regionalhealth.screening.ScreeningCopies.withStrength;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** QTY_OVER_7D (research §7 R06). */
class OutpatientSupplyRuleTest {

    @Test
    void r06FourteenDaysOfAmlodipineWithoutAReasonIsAWarning() {
        assertThat(screen(rx(oral("氨氯地平", 5, "mg", "qd", 14)).build()).findingsOf("QTY_OVER_7D"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T2));
    }

    @Test
    void r06WithAChronicDiseaseReasonItPasses() {
        Verdict v = screen(rx(oral("氨氯地平", 5, "mg", "qd", 14))
                .extendedSupplyReason("慢性病：高血压")
                .build());
        assertThat(v.findingsOf("QTY_OVER_7D")).isEmpty();
        assertThat(v.passes()).isTrue();
    }

    @Test
    void theQuantityCountsWhenItLastsLongerThanTheWrittenDays() {
        // 28 tablets of 5 mg at 5 mg qd last 28 days although "7 days" is written
        PrescriptionLine line = withQuantity(withStrength(oral("氨氯地平", 5, "mg", "qd", 7), "5mg"), 28.0, "片");
        assertThat(screen(rx(line).build()).findingsOf("QTY_OVER_7D")).hasSize(1);
    }
}
