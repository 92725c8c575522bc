package org.regionalhealth.reviewcenter.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.Tier;
import tools.jackson.databind.json.JsonMapper;

/** The pharmacist's view of the patient from the prescription as the HIS sent it (issue 16 item 5). */
class ReviewSheetsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void ageAndSexComeFromTheIdNumberWhenNotGivenAndDiagnosesFromBothLists() {
        var request = json.readTree(
                """
                {"patient": {"idNumber": "330109195803150013", "weightKg": 62.5, "allergies": ["青霉素"],
                             "conditions": [{"icd10": "E11", "text": "2型糖尿病"}]},
                 "diagnoses": [{"icd10": "I10", "text": "原发性高血压"}, {"icd10": "E11", "text": "2型糖尿病"}]}""");
        var patient = ReviewSheets.patient(request, TODAY);
        assertThat(patient.ageYears()).isEqualTo(68);
        assertThat(patient.sex()).isEqualTo(Sex.MALE); // 17th digit 1: odd
        assertThat(patient.weightKg()).isEqualTo(62.5);
        assertThat(patient.allergies()).containsExactly("青霉素");
        assertThat(patient.diagnoses()).containsExactly("原发性高血压", "2型糖尿病");
        assertThat(patient.renal()).isNull();
    }

    @Test
    void allergiesNotAskedAreNullAndAnEmptyListMeansNoneKnown() {
        assertThat(ReviewSheets.patient(json.readTree("{\"patient\": {}}"), TODAY)
                        .allergies())
                .isNull();
        assertThat(ReviewSheets.patient(json.readTree("{\"patient\": {\"allergies\": []}}"), TODAY)
                        .allergies())
                .isEmpty();
    }

    @Test
    void creatinineGivesTheCockcroftGaultClearanceWhenAgeSexAndWeightAreKnown() {
        var request = json.readTree(
                """
                {"patient": {"birthDate": "1946-01-01", "sex": "FEMALE", "weightKg": 50,
                             "creatinineUmolPerL": 110, "creatinineDate": "2026-12-01", "egfr": 42}}""");
        var renal = ReviewSheets.patient(request, TODAY).renal();
        // (140 - 80) × 50 × 1.04 / 110 = 28.4
        assertThat(renal.crcl()).isEqualTo(28L);
        assertThat(renal.egfr()).isEqualTo(42.0);
        assertThat(renal.creatinineDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void cockcroftGaultNeedsAnAdultWithSexAndWeight() {
        assertThat(ReviewSheets.cockcroftGault(88.4, 17, Sex.MALE, 60.0)).isNull();
        assertThat(ReviewSheets.cockcroftGault(88.4, 18, Sex.MALE, 60.0)).isEqualTo(102L);
        assertThat(ReviewSheets.cockcroftGault(88.4, 40, null, 60.0)).isNull();
        assertThat(ReviewSheets.cockcroftGault(88.4, 40, Sex.FEMALE, null)).isNull();
    }

    @Test
    void aFindingSitsBesideTheLineWhoseDrugItNames() {
        var finding = new ReviewSheets.LineFinding(Tier.T3, "相互作用", List.of("氨氯地平", "辛伐他汀"));
        assertThat(ReviewSheets.concerns(finding, "氨氯地平片")).isTrue();
        assertThat(ReviewSheets.concerns(finding, "辛伐他汀")).isTrue();
        assertThat(ReviewSheets.concerns(finding, "二甲双胍")).isFalse();
        assertThat(ReviewSheets.concerns(finding, "")).isFalse();
        assertThat(finding.serious()).isTrue();
        assertThat(new ReviewSheets.LineFinding(Tier.T2, "提示", List.of()).serious())
                .isFalse();
    }
}
