package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.Tier;

/** NORM_NO_DIAGNOSIS (research §7 R03). */
class DiagnosisRequiredRuleTest {

    @Test
    void r03AnOutpatientPrescriptionWithoutDiagnosisIsAWarning() {
        assertThat(screen(rx(oral("氨氯地平", 5, "mg", "qd", 3))
                                .diagnoses(List.of())
                                .build())
                        .findingsOf("NORM_NO_DIAGNOSIS"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T2));
    }

    @Test
    void aTextDiagnosisIsEnough() {
        assertThat(screen(rx(oral("氨氯地平", 5, "mg", "qd", 3))
                                .diagnoses(Diagnosis.of(null, "高血压"))
                                .build())
                        .findingsOf("NORM_NO_DIAGNOSIS"))
                .isEmpty();
    }
}
