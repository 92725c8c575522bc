package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.TODAY;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.Tier;

/** VALIDITY (research §7 R08). */
class ValidityRuleTest {

    private static org.regionalhealth.screening.Prescription issuedYesterday(Integer validity) {
        return org.regionalhealth.screening.Prescription.builder(TODAY.minusDays(1))
                .prescriber(org.regionalhealth.screening.ScreeningFixtures.DOCTOR)
                .diagnoses(Diagnosis.of("I10", "高血压"))
                .validityDays(validity)
                .lines(oral("氨氯地平", 5, "mg", "qd", 3))
                .build();
    }

    @Test
    void r08DispensingOnDayTwoWithoutExtendedValidityIsRejected() {
        assertThat(screen(issuedYesterday(null)).findingsOf("VALIDITY"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T4));
    }

    @Test
    void r08AValidityOfThreeDaysPasses() {
        assertThat(screen(issuedYesterday(3)).findingsOf("VALIDITY")).isEmpty();
    }

    @Test
    void r08AValidityOfFiveDaysIsRejected() {
        assertThat(screen(issuedYesterday(5)).findingsOf("VALIDITY"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("最长不得超过3天"));
    }
}
