package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withDiagnoses;
import static org.regionalhealth.screening.ScreeningFixtures.adult;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** DRUG_DISEASE (research §7 R37). */
class DrugDiseaseRuleTest {

    @Test
    void r37PropranololWithAsthmaIsContraindicated() {
        Verdict v = screen(rx(oral("普萘洛尔", 10, "mg", "tid", 7))
                .diagnoses(Diagnosis.of("J45.9", "支气管哮喘"))
                .build());
        assertThat(v.findingsOf("DRUG_DISEASE")).singleElement().satisfies(f -> assertThat(f.tier())
                .isEqualTo(Tier.T4));
    }

    @Test
    void aProblemListDiagnosisCountsToo() {
        Verdict v =
                screen(rx(oral("普萘洛尔", 10, "mg", "tid", 7)).build(), withDiagnoses(adult(), Diagnosis.of("J45", "哮喘")));
        assertThat(v.findingsOf("DRUG_DISEASE")).hasSize(1);
    }

    @Test
    void propranololWithoutAsthmaHasNoFinding() {
        assertThat(screen(rx(oral("普萘洛尔", 10, "mg", "tid", 7)).build()).findingsOf("DRUG_DISEASE"))
                .isEmpty();
    }
}
