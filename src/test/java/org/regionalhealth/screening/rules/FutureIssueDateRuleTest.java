package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.TODAY;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.Prescription;
import org.regionalhealth.screening.ScreeningFixtures;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** ISSUE_DATE_FUTURE (issue 14 §8): a prescription dated after the screening day never passes in silence. */
class FutureIssueDateRuleTest {

    private static Verdict issuedOn(LocalDate day) {
        return screen(Prescription.builder(day)
                .id("RX-F")
                .institutionId("XS-001")
                .prescriber(ScreeningFixtures.DOCTOR)
                .diagnoses(Diagnosis.of("I10", "原发性高血压"))
                .lines(oral("苯磺酸氨氯地平片", 5, "mg", "qd", 7))
                .build());
    }

    @Test
    void todayIsFine() {
        assertThat(issuedOn(TODAY).findingsOf("ISSUE_DATE_FUTURE")).isEmpty();
    }

    @Test
    void yesterdayIsNotInTheFutureButIsExpired() {
        Verdict v = issuedOn(TODAY.minusDays(1));
        assertThat(v.findingsOf("ISSUE_DATE_FUTURE")).isEmpty();
        assertThat(v.findingsOf("VALIDITY")).isNotEmpty();
    }

    @Test
    void tomorrowGoesToAPharmacist() {
        assertThat(issuedOn(TODAY.plusDays(1)).findingsOf("ISSUE_DATE_FUTURE"))
                .singleElement()
                .satisfies(f -> assertThat(f.tier()).isEqualTo(Tier.T3));
    }

    @Test
    void twoDaysAheadIsRejected() {
        assertThat(issuedOn(TODAY.plusDays(2)).findingsOf("ISSUE_DATE_FUTURE"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.tier()).isEqualTo(Tier.T4);
                    assertThat(f.message()).contains("晚于审核日期");
                });
    }
}
