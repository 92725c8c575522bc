package org.regionalhealth.reviewcenter.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** CDS Hooks 2.0 on the demo district: discovery, order-sign and order-select, feedback, JWT trust, bad input. */
@PlatformIntegrationTest
class CdsHooksIntegrationTests {

    static final String SIGN = "/cds-services/rhp-prescription-order-sign";
    static final String SELECT = "/cds-services/rhp-prescription-order-select";
    static final CdsClient CLIENT = new CdsClient();

    /** A 66-year-old man with hyperlipidaemia and pneumonia, no known allergies, creatinine 80 µmol/L. */
    static final String PREFETCH =
            """
            {"patient":{"resourceType":"Patient","id":"1","gender":"male","birthDate":"1960-04-02"},
             "conditions":{"resourceType":"Bundle","type":"searchset","entry":[
               {"resource":{"resourceType":"Condition","code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10","code":"E78.5"}],"text":"高脂血症"},"subject":{"reference":"Patient/1"}}},
               {"resource":{"resourceType":"Condition","code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10","code":"J18.9"}],"text":"肺炎"},"subject":{"reference":"Patient/1"}}}]},
             "allergies":{"resourceType":"Bundle","type":"searchset"},
             "observations":{"resourceType":"Bundle","type":"searchset","entry":[
               {"resource":{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"2160-0"}]},
                 "effectiveDateTime":"%s","valueQuantity":{"value":80,"unit":"umol/L","code":"umol/L"}}},
               {"resource":{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"29463-7"}]},
                 "effectiveDateTime":"%s","valueQuantity":{"value":68,"unit":"kg","code":"kg"}}}]}}"""
                    .formatted(java.time.LocalDate.now(), java.time.LocalDate.now());

    static final String DRAFTS = CdsClient.bundle(
            CdsClient.medicationRequest("simva", "辛伐他汀片", 20, "mg", "qn", 7),
            CdsClient.medicationRequest("clari", "克拉霉素片", 250, "mg", "bid", 7),
            CdsClient.medicationRequest("vitc", "维生素C片", 100, "mg", "tid", 7));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient withJwt(String path) {
        return ApiClient.bearer(port, CLIENT.token("http://127.0.0.1:" + port + path, Duration.ofMinutes(2)));
    }

    @Test
    void discoveryListsBothServicesWithTheirPrefetchWithoutAuthentication() {
        var response = ApiClient.bearer(port, "none").get("/cds-services");
        assertThat(response.status()).isEqualTo(200);
        JsonNode services = response.json().get("services");
        assertThat(services.toString())
                .contains("\"hook\":\"order-sign\"")
                .contains("\"hook\":\"order-select\"")
                .contains("Patient/{{context.patientId}}")
                .contains("29463-7");
    }

    @Test
    void orderSignReturnsACriticalInteractionCardWithItsSourceAndNoOverrideForT4() {
        var response = withJwt(SIGN).post(SIGN, CdsClient.request("order-sign", "1", DRAFTS, null, PREFETCH));
        assertThat(response.status()).isEqualTo(200);
        JsonNode ddi = card(response.json(), "DDI");
        assertThat(ddi).isNotNull();
        assertThat(ddi.get("indicator").asString()).isEqualTo("critical");
        assertThat(ddi.get("summary")
                        .asString()
                        .codePointCount(0, ddi.get("summary").asString().length()))
                .isLessThan(140);
        assertThat(ddi.get("summary").asString()).contains("辛伐他汀").contains("克拉霉素");
        assertThat(ddi.get("detail").asString()).contains("来源：").contains("知识库");
        assertThat(ddi.get("source").get("label").asString()).contains("审方");
        if (ddi.get("summary").asString().contains("禁忌")) {
            assertThat(ddi.has("overrideReasons")).isFalse();
        }
        // every patient fact came with the prefetch: nothing to report as unchecked but the unidentified patient
        JsonNode gaps = card(response.json(), "DATA_GAPS");
        assertThat(gaps == null ? "" : gaps.get("detail").asString())
                .doesNotContain("出生日期")
                .doesNotContain("过敏史");
    }

    @Test
    void orderSelectAnswersOnlyAboutTheSelectedOrders() {
        var aboutVitaminC = withJwt(SELECT)
                .post(SELECT, CdsClient.request("order-select", "1", DRAFTS, "[\"MedicationRequest/vitc\"]", PREFETCH));
        assertThat(aboutVitaminC.status()).isEqualTo(200);
        assertThat(card(aboutVitaminC.json(), "DDI")).isNull();

        var aboutClarithromycin = withJwt(SELECT)
                .post(
                        SELECT,
                        CdsClient.request("order-select", "1", DRAFTS, "[\"MedicationRequest/clari\"]", PREFETCH));
        assertThat(card(aboutClarithromycin.json(), "DDI")).isNotNull();
    }

    @Test
    void feedbackIsStoredAndAT4CardCannotBeOverridden() {
        var response = withJwt(SIGN).post(SIGN, CdsClient.request("order-sign", "1", DRAFTS, null, PREFETCH));
        JsonNode ddi = card(response.json(), "DDI");
        String uuid = ddi.get("uuid").asString();
        String accepted =
                """
                {"feedback":[{"card":"%s","outcome":"accepted","outcomeTimestamp":"%s"}]}"""
                        .formatted(uuid, Instant.now());
        var ok = withJwt(SIGN + "/feedback").post(SIGN + "/feedback", accepted);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(jdbc.sql("select outcome from prescriptionreview_cds_feedback where card_uuid = ?::uuid")
                        .param(uuid)
                        .query(String.class)
                        .single())
                .isEqualTo("accepted");

        var unknown = withJwt(SIGN + "/feedback")
                .post(SIGN + "/feedback", accepted.replace(uuid, "00000000-0000-0000-0000-000000000000"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("code").asString()).isEqualTo("CDS_FEEDBACK_CARD_UNKNOWN");
    }

    @Test
    void aReplayedAnExpiredOrAMisaddressedJwtIsRefused() {
        String token = CLIENT.token("http://127.0.0.1:" + port + SIGN, Duration.ofMinutes(2));
        String body = CdsClient.request("order-sign", "1", DRAFTS, null, PREFETCH);
        assertThat(ApiClient.bearer(port, token).post(SIGN, body).status()).isEqualTo(200);
        assertThat(ApiClient.bearer(port, token).post(SIGN, body).status()).isEqualTo(401);

        String expired = CLIENT.token(
                CdsClient.ISSUER,
                "http://127.0.0.1:" + port + SIGN,
                Instant.now().minusSeconds(600),
                java.util.UUID.randomUUID().toString());
        assertThat(ApiClient.bearer(port, expired).post(SIGN, body).status()).isEqualTo(401);

        String otherService = CLIENT.token("http://127.0.0.1:" + port + SELECT, Duration.ofMinutes(2));
        assertThat(ApiClient.bearer(port, otherService).post(SIGN, body).status())
                .isEqualTo(401);

        String untrusted = CLIENT.token(
                "https://evil.example",
                "http://127.0.0.1:" + port + SIGN,
                Instant.now().plusSeconds(60),
                java.util.UUID.randomUUID().toString());
        assertThat(ApiClient.bearer(port, untrusted).post(SIGN, body).status()).isEqualTo(401);
    }

    @Test
    void rs384TokensAreAcceptedToo() {
        var rsa = new CdsClient(com.nimbusds.jose.JWSAlgorithm.RS384);
        var response = ApiClient.bearer(port, rsa.token("http://127.0.0.1:" + port + SIGN, Duration.ofMinutes(2)))
                .post(SIGN, CdsClient.request("order-sign", "1", DRAFTS, null, PREFETCH));
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void serviceAccountsMayAlsoUseHttpBasic() {
        var response =
                ApiClient.as(port, "his").post(SIGN, CdsClient.request("order-sign", "1", DRAFTS, null, PREFETCH));
        assertThat(response.status()).isEqualTo(200);
        assertThat(card(response.json(), "DDI")).isNotNull();
    }

    @Test
    void anUnparseableResourceOrAMissingDoseIsAProblemNotAServerError() {
        String broken = CdsClient.bundle(
                "{\"resourceType\":\"MedicationRequest\",\"status\":\"draft\",\"intent\":42,\"nonsense\":true}");
        var response = ApiClient.as(port, "his").post(SIGN, CdsClient.request("order-sign", "1", broken, null, null));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("FHIR_UNPARSEABLE");

        String noDose = CdsClient.bundle(
                """
                {"resourceType":"MedicationRequest","id":"x","status":"draft","intent":"order","subject":{"reference":"Patient/1"},
                 "medicationCodeableConcept":{"text":"布洛芬片"}}""");
        var missingDose =
                ApiClient.as(port, "his").post(SIGN, CdsClient.request("order-sign", "1", noDose, null, null));
        assertThat(missingDose.status()).isEqualTo(400);
        assertThat(missingDose.json().get("code").asString()).isEqualTo("FHIR_DOSE_MISSING");

        var wrongHook =
                ApiClient.as(port, "his").post(SIGN, CdsClient.request("order-select", "1", DRAFTS, "[]", null));
        assertThat(wrongHook.status()).isEqualTo(400);
    }

    @Test
    void withoutPrefetchAKnownPatientIsReadFromOurOwnRecordsAndTheGapsAreSaid() {
        Long residentId = jdbc.sql(
                        """
                        select r.id from residents_resident r join platform_account a on a.username = 'village-doctor'
                         where r.unit_id = a.unit_id order by r.id limit 1""")
                .query(Long.class)
                .single();
        var response = ApiClient.as(port, "village-doctor")
                .post(SIGN, CdsClient.request("order-sign", residentId.toString(), DRAFTS, null, null));
        assertThat(response.status()).isEqualTo(200);
        String gaps = card(response.json(), "DATA_GAPS").get("detail").asString();
        assertThat(gaps)
                .doesNotContain("出生日期")
                .doesNotContain("未识别")
                .contains("过敏史")
                .contains("肌酐");
    }

    @Test
    void theFhirOperationReturnsDetectedIssues() {
        String bundle =
                """
                {"resourceType":"Bundle","type":"collection","entry":[
                  {"fullUrl":"urn:uuid:11111111-1111-1111-1111-111111111111","resource":%s},
                  {"fullUrl":"urn:uuid:22222222-2222-2222-2222-222222222222","resource":%s},
                  {"resource":{"resourceType":"Patient","gender":"female","birthDate":"1950-01-01"}}]}"""
                        .formatted(
                                CdsClient.medicationRequest("a", "辛伐他汀片", 20, "mg", "qn", 7),
                                CdsClient.medicationRequest("b", "克拉霉素片", 250, "mg", "bid", 7));
        var response =
                ApiClient.as(port, "his").post("/fhir/MedicationRequest/$screen", bundle, "application/fhir+json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/fhir+json");
        JsonNode result = response.json();
        assertThat(result.get("resourceType").asString()).isEqualTo("Bundle");
        JsonNode ddi = null;
        for (JsonNode entry : result.get("entry")) {
            JsonNode r = entry.get("resource");
            if ("DetectedIssue".equals(r.get("resourceType").asString())
                    && r.get("code").toString().contains("DDI")) {
                ddi = r;
            }
        }
        assertThat(ddi).isNotNull();
        assertThat(ddi.get("severity").asString()).isEqualTo("high");
        assertThat(ddi.get("implicated").toString())
                .contains("urn:uuid:11111111-1111-1111-1111-111111111111")
                .contains("urn:uuid:22222222-2222-2222-2222-222222222222");
        assertThat(ddi.get("extension").toString()).contains("screening-source").contains("knowledge-base-version");

        var broken = ApiClient.as(port, "his")
                .post(
                        "/fhir/MedicationRequest/$screen",
                        "{\"resourceType\":\"Bundle\",\"entry\":7}",
                        "application/fhir+json");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
    }

    private static JsonNode card(JsonNode response, String ruleId) {
        for (JsonNode card : response.get("cards")) {
            if (ruleId.equals(card.get("source").get("topic").get("code").asString())) {
                return card;
            }
        }
        return null;
    }
}
