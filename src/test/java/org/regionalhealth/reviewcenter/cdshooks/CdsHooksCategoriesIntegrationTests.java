package org.regionalhealth.reviewcenter.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 "Done means": one end-to-end CDS Hooks order-sign call per category of screening, through JWT, FHIR
 * parsing, the engine and the card mapping — dose, frequency, duplicate class, interaction, ungraded antimicrobial,
 * TCM toxic herb, future date, skin test. Each asserts the card's rule and its indicator.
 */
@PlatformIntegrationTest
class CdsHooksCategoriesIntegrationTests {

    static final String SIGN = CdsHooksIntegrationTests.SIGN;

    @LocalServerPort
    int port;

    private JsonNode sign(String... medicationRequests) {
        String token = CdsHooksIntegrationTests.CLIENT.token("http://127.0.0.1:" + port + SIGN, Duration.ofMinutes(2));
        var response = ApiClient.bearer(port, token)
                .post(
                        SIGN,
                        CdsClient.request(
                                "order-sign",
                                "1",
                                CdsClient.bundle(medicationRequests),
                                null,
                                CdsHooksIntegrationTests.PREFETCH));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode card(JsonNode response, String ruleId) {
        for (JsonNode card : response.get("cards")) {
            if (ruleId.equals(card.get("source").get("topic").get("code").asString())) {
                return card;
            }
        }
        throw new AssertionError("no " + ruleId + " card in " + response);
    }

    private static String indicator(JsonNode response, String ruleId) {
        return card(response, ruleId).get("indicator").asString();
    }

    private static String rx(String id, String drug, double dose, String unit, String timing, int days) {
        return CdsClient.medicationRequest(id, drug, dose, unit, timing, days);
    }

    @Test
    void aSingleDoseAboveTheLabelMaximum() {
        // paracetamol: 1 g per dose at most
        JsonNode r = sign(rx("p", "对乙酰氨基酚片", 2000, "mg", "tid", 3));
        assertThat(card(r, "DOSE_SINGLE").get("summary").asString()).contains("对乙酰氨基酚");
    }

    @Test
    void aWeeklyDrugPrescribedDaily() {
        JsonNode r = sign(rx("m", "甲氨蝶呤片", 7.5, "mg", "qd", 7));
        assertThat(indicator(r, "DOSE_FREQUENCY")).isEqualTo("critical");
    }

    @Test
    void twoDrugsOfTheSameParentClass() {
        JsonNode r = sign(rx("i", "布洛芬缓释胶囊", 300, "mg", "bid", 5), rx("d", "双氯芬酸钠缓释片", 75, "mg", "qd", 5));
        assertThat(card(r, "DUP_CLASS").get("summary").asString()).contains("布洛芬");
    }

    @Test
    void aContraindicatedInteraction() {
        JsonNode r = sign(rx("s", "辛伐他汀片", 20, "mg", "qn", 7), rx("c", "克拉霉素片", 250, "mg", "bid", 7));
        assertThat(indicator(r, "DDI")).isEqualTo("critical");
    }

    @Test
    void anUngradedSystemicAntimicrobialGoesToAPharmacist() {
        JsonNode r = sign(rx("l", "左氧氟沙星片", 500, "mg", "qd", 7));
        assertThat(card(r, "ABX_UNGRADED").get("summary").asString()).contains("左氧氟沙星");
    }

    @Test
    void aRawToxicHerbTakenByMouth() {
        JsonNode r = sign(rx("h", "生半夏", 9, "g", "qd", 3));
        assertThat(indicator(r, "TCM_TOXIC_HERB")).isEqualTo("critical");
    }

    @Test
    void aPrescriptionDatedInTheFuture() {
        LocalDate future = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5);
        String dated = rx("f", "苯磺酸氨氯地平片", 5, "mg", "qd", 7)
                .replace("\"intent\":\"order\",", "\"intent\":\"order\",\"authoredOn\":\"" + future + "\",");
        JsonNode r = sign(dated);
        assertThat(indicator(r, "ISSUE_DATE_FUTURE")).isEqualTo("critical");
        assertThat(card(r, "ISSUE_DATE_FUTURE").get("summary").asString()).contains("晚于审核日期");
    }

    @Test
    void aPenicillinWithoutASkinTestResult() {
        JsonNode r = sign(rx("a", "阿莫西林胶囊", 0.5, "g", "tid", 3));
        assertThat(card(r, "SKIN_TEST_MISSING").get("summary").asString()).contains("皮试");
    }
}
