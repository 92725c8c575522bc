package org.regionalhealth.reviewcenter.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.StaffMember;
import org.regionalhealth.residents.ResidentFixtures;
import org.regionalhealth.reviewcenter.HisPrescriptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The REST API of issue 3 §5 on the demo district: screen, submit (idempotent), revise (N3), read; bad input. */
@PlatformIntegrationTest
class PrescriptionReviewApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    ApiClient his;
    String hospitalCode;
    long doctorStaffId;

    HisPrescriptions prescriptions;

    @BeforeEach
    void setUp() {
        prescriptions = new HisPrescriptions(port, organizations);
        his = prescriptions.his;
        hospitalCode = prescriptions.hospitalCode;
        doctorStaffId = prescriptions.doctorStaffId;
    }

    static String number() {
        return HisPrescriptions.number("IT");
    }

    String request(String number, String idNumber, String diagnoses, String lines) {
        return prescriptions.request(number, idNumber, diagnoses, lines);
    }

    static String line(String drug, double dose, String unit, String frequency, int days) {
        return HisPrescriptions.line(drug, dose, unit, frequency, days);
    }

    @Test
    void submittingTheSamePrescriptionTwiceReturnsTheSameVerdictAndStoresOneCopy() {
        String number = number();
        String idNumber = ResidentFixtures.idNumber("19580312", true);
        String body = request(
                number,
                idNumber,
                "{\"icd10\":\"E78.5\",\"text\":\"高脂血症\"},{\"icd10\":\"J18.9\",\"text\":\"肺炎\"}",
                line("辛伐他汀片", 20, "mg", "qn", 7) + "," + line("克拉霉素片", 250, "mg", "bid", 7));

        var first = his.post("/api/prescription-review/prescriptions", body);
        var second = his.post("/api/prescription-review/prescriptions", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("id").asLong())
                .isEqualTo(first.json().get("id").asLong());
        assertThat(second.json().get("findings").toString())
                .isEqualTo(first.json().get("findings").toString());
        JsonNode ddi = finding(first.json(), "DDI");
        // research §7 N4: every finding carries rule id and version, KB version, tier, action and source
        assertThat(ddi.get("ruleVersion").asString()).isNotBlank();
        assertThat(ddi.get("kbVersion").asString())
                .isEqualTo(first.json().get("kbVersion").asString());
        assertThat(ddi.get("tier").asString()).isIn("T3", "T4");
        assertThat(ddi.get("source").asString()).isNotBlank();
        assertThat(ddi.get("drugs").toString()).contains("辛伐他汀").contains("克拉霉素");
        assertThat(first.json().get("passes").asBoolean()).isFalse();
        assertThat(jdbc.sql("select count(*) from prescriptionreview_prescription where prescription_number = ?")
                        .param(number)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // the patient link is a keyed hash, not one anyone could recompute from the ID number
        String link = jdbc.sql("select patient_key from prescriptionreview_prescription where prescription_number = ?")
                .param(number)
                .query(String.class)
                .single();
        assertThat(link).startsWith("K:").doesNotContain(org.regionalhealth.platform.Sha256.hex(idNumber));
        var read = his.get("/api/prescription-review/prescriptions/"
                + first.json().get("id").asLong());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("findings").toString())
                .isEqualTo(first.json().get("findings").toString());
    }

    @Test
    void aDifferentPrescriptionUnderAUsedNumberIsAConflict() {
        String number = number();
        String id = ResidentFixtures.idNumber("19700101", false);
        assertThat(his.post(
                                "/api/prescription-review/prescriptions",
                                request(
                                        number,
                                        id,
                                        "{\"text\":\"高血压\",\"icd10\":\"I10\"}",
                                        line("氨氯地平片", 5, "mg", "qd", 7)))
                        .status())
                .isEqualTo(201);
        var conflict = his.post(
                "/api/prescription-review/prescriptions",
                request(number, id, "{\"text\":\"高血压\",\"icd10\":\"I10\"}", line("氨氯地平片", 10, "mg", "qd", 7)));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(conflict.json().get("code").asString()).isEqualTo("PRESCRIPTION_NUMBER_REUSED");
    }

    @Test
    void n3ReScreeningAfterTheDiagnosisChangesClosesTheStaleFinding() {
        String number = number();
        String id = ResidentFixtures.idNumber("19650708", true);
        var first = his.post(
                "/api/prescription-review/prescriptions",
                request(
                        number,
                        id,
                        "{\"icd10\":\"I10\",\"text\":\"高血压\"},{\"icd10\":\"J45.9\",\"text\":\"支气管哮喘\"}",
                        line("普萘洛尔片", 10, "mg", "tid", 7)));
        assertThat(first.status()).isEqualTo(201);
        assertThat(finding(first.json(), "DRUG_DISEASE")).isNotNull();
        long prescriptionId = first.json().get("id").asLong();

        // the asthma diagnosis was recorded against the wrong patient and is removed
        var revised = his.put(
                "/api/prescription-review/prescriptions/" + prescriptionId,
                request(number, id, "{\"icd10\":\"I10\",\"text\":\"高血压\"}", line("普萘洛尔片", 10, "mg", "tid", 7)));

        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.json().get("revision").asInt()).isEqualTo(2);
        assertThat(finding(revised.json(), "DRUG_DISEASE")).isNull();
        JsonNode closed = revised.json().get("closedFindings").get(0);
        assertThat(closed.get("finding").get("ruleId").asString()).isEqualTo("DRUG_DISEASE");
        assertThat(closed.get("closedRevision").asInt()).isEqualTo(2);
        assertThat(closed.get("reason").asString()).contains("第2版");
    }

    @Test
    void theRegionalHistoryBringsAMedicineFromAnotherInstitutionIntoTheInteractionCheck() {
        String id = ResidentFixtures.idNumber("19550909", false);
        // the hospital prescribes simvastatin for a week; it passes, so it counts in the history (issue 4: only
        // prescriptions that may reach the patient do)
        var statin = his.post(
                "/api/prescription-review/prescriptions",
                request(number(), id, "{\"icd10\":\"E78.5\",\"text\":\"高脂血症\"}", line("辛伐他汀片", 20, "mg", "qn", 7)));
        assertThat(statin.status()).isEqualTo(201);
        assertThat(his.get("/api/prescription-review/prescriptions/"
                                + statin.json().get("id").asLong() + "/review")
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("PASSED");
        // a week later the village station screens clarithromycin for the same patient: the hospital's statin counts
        ApiClient villageDoctor = ApiClient.as(port, "village-doctor");
        JsonNode station = villageDoctor
                .get("/api/org/units?type=STATION")
                .json()
                .get("items")
                .get(0);
        long stationDoctor = organizations.staffOf(station.get("id").asLong()).stream()
                .filter(StaffMember::prescribingRight)
                .findFirst()
                .orElseThrow()
                .id();
        String draft =
                """
                {"institutionCode":"%s","prescriptionNumber":"%s","issuedOn":"%s","prescriber":{"staffId":%d},
                 "patient":{"idNumber":"%s","allergies":[]},"diagnoses":[{"icd10":"J18.9","text":"肺炎"}],
                 "lines":[%s]}"""
                        .formatted(
                                station.get("code").asString(),
                                number(),
                                org.regionalhealth.reviewcenter.HisPrescriptions.today(),
                                stationDoctor,
                                id,
                                line("克拉霉素片", 250, "mg", "bid", 7));
        var screened = villageDoctor.post("/api/prescription-review/screen", draft);
        assertThat(screened.status()).isEqualTo(200);
        assertThat(screened.json().get("id").isNull()).isTrue();
        assertThat(finding(screened.json(), "DDI").get("drugs").toString()).contains("辛伐他汀");
    }

    @Test
    void anUnknownDrugIsNeverASilentPass() {
        var response = his.post(
                "/api/prescription-review/screen",
                request(
                        number(),
                        ResidentFixtures.idNumber("19800101", true),
                        "{\"text\":\"头痛\"}",
                        line("祖传秘方丸", 1, "丸", "tid", 3)));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("passes").asBoolean()).isFalse();
        assertThat(response.json().get("action").asString()).isIn("PHARMACIST_REVIEW", "REJECT");
    }

    @Test
    void saysWhatItCouldNotCheckWhenPatientDataIsMissing() {
        String body =
                """
                {"institutionCode":"%s","prescriptionNumber":"%s","issuedOn":"%s","prescriber":{"staffId":%d},
                 "patient":{},"diagnoses":[{"text":"发热"}],"lines":[%s]}"""
                        .formatted(
                                hospitalCode,
                                number(),
                                org.regionalhealth.reviewcenter.HisPrescriptions.today(),
                                doctorStaffId,
                                line("布洛芬片", 200, "mg", "tid", 3));
        var response = his.post("/api/prescription-review/screen", body);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("limitations").toString())
                .contains("出生日期")
                .contains("过敏史")
                .contains("区域用药史");
    }

    @Test
    void badInputGetsProblemDetailsAndStoresNothing() {
        long before = jdbc.sql("select count(*) from prescriptionreview_prescription")
                .query(Long.class)
                .single();
        String id = ResidentFixtures.idNumber("19800101", true);

        var malformed = his.post("/api/prescription-review/prescriptions", "{\"institutionCode\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        var noDose = his.post(
                "/api/prescription-review/prescriptions",
                request(number(), id, "{\"text\":\"发热\"}", "{\"drugName\":\"布洛芬片\",\"frequency\":\"tid\",\"days\":3}"));
        assertThat(noDose.status()).isEqualTo(400);
        assertThat(noDose.json().get("code").asString()).isEqualTo("PRESCRIPTION_LINE_NO_DOSE");

        var negative = his.post(
                "/api/prescription-review/prescriptions",
                request(
                        number(),
                        id,
                        "{\"text\":\"发热\"}",
                        "{\"drugName\":\"布洛芬片\",\"dose\":200,\"doseUnit\":\"mg\",\"frequency\":\"tid\",\"days\":3,"
                                + "\"quantity\":-20,\"quantityUnit\":\"片\"}"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("errors").toString()).contains("lines[0].quantity");

        // check character should be 4
        var badId = his.post(
                "/api/prescription-review/prescriptions",
                request(number(), "330109198001011235", "{\"text\":\"发热\"}", line("布洛芬片", 200, "mg", "tid", 3)));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().toString()).contains("patient.idNumber");

        assertThat(jdbc.sql("select count(*) from prescriptionreview_prescription")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aServiceAccountCannotSubmitForAnotherInstitution() {
        JsonNode station = ApiClient.as(port, "village-doctor")
                .get("/api/org/units?type=STATION")
                .json()
                .get("items")
                .get(0);
        String body = request(
                        number(),
                        ResidentFixtures.idNumber("19800101", true),
                        "{\"text\":\"发热\"}",
                        line("布洛芬片", 200, "mg", "tid", 3))
                .replace(hospitalCode, station.get("code").asString());
        var response = his.post("/api/prescription-review/prescriptions", body);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("PRESCRIPTION_INSTITUTION_OUT_OF_SCOPE");
    }

    private static JsonNode finding(JsonNode verdict, String ruleId) {
        for (JsonNode f : verdict.get("findings")) {
            if (f.get("ruleId").asString().equals(ruleId)) {
                return f;
            }
        }
        return null;
    }
}
