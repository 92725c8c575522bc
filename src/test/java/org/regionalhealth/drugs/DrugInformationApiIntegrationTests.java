package org.regionalhealth.drugs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The drug information API over HTTP against the generated demo catalogue in PostgreSQL (issue 8 §2–3). */
@PlatformIntegrationTest
class DrugInformationApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theDemoCatalogueIsInPostgresqlAndMarkedGenerated() {
        long products =
                jdbc.sql("select count(*) from drugs_product").query(Long.class).single();
        // imported products (other tests import some) are the only ones not marked generated
        long unmarked = jdbc.sql("select count(*) from drugs_product where not generated and import_id is null")
                .query(Long.class)
                .single();
        assertThat(products).isGreaterThanOrEqualTo(3_000);
        assertThat(unmarked).isZero();
    }

    @Test
    void searchByInitialsReturnsRankedProductsWithTheirGenericName() {
        var r = ApiClient.as(port, "resident").get("/api/drugs/search?q=amxl");
        assertThat(r.status()).isEqualTo(200);
        var first = r.json().get("products").get(0);
        assertThat(first.get("genericName").asString()).isEqualTo("阿莫西林");
        assertThat(r.json().get("generics").get(0).get("nameZh").asString()).isEqualTo("阿莫西林");
    }

    @Test
    void approvalNumberAndBarcodeLookupFindTheStoredProduct() {
        var row = jdbc.sql("select id, approval_number, barcode from drugs_product order by id limit 1 offset 42")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        var api = ApiClient.as(port, "pharmacist");
        var byApproval = api.get("/api/drugs/search?q=" + enc(row[1])).json().get("products");
        assertThat(byApproval.size()).isEqualTo(1);
        assertThat(byApproval.get(0).get("id").asString()).isEqualTo(row[0]);
        var byBarcode = api.get("/api/drugs/search?q=" + row[2]).json().get("products");
        assertThat(byBarcode.get(0).get("approvalNumber").asString()).isEqualTo(row[1]);
        var detail = api.get("/api/drugs/products/" + row[0]);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().get("product").get("barcode").asString()).isEqualTo(row[2]);
    }

    @Test
    void filtersAndValidationErrorsAreProblemDetails() {
        var api = ApiClient.as(port, "resident");
        var capsules = api.get("/api/drugs/search?q=" + enc("布洛芬") + "&form=" + enc("胶囊"));
        capsules.json().get("products").forEach(p -> assertThat(p.get("form").asString())
                .contains("胶囊"));
        var empty = api.get("/api/drugs/search?q=");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).contains("application/problem+json");
        assertThat(api.get("/api/drugs/search?q=abc&insurance=" + enc("丁")).status())
                .isEqualTo(400);
        assertThat(api.get("/api/drugs/products/999999999").status()).isEqualTo(404);
        assertThat(api.get("/api/drugs/ask?q=").status()).isEqualTo(400);
    }

    @Test
    void askReturnsIntentDrugsAnswerAndSources() {
        var r = ApiClient.as(port, "resident").get("/api/drugs/ask?q=" + enc("布洛芬孕妇能吃吗"));
        assertThat(r.status()).isEqualTo(200);
        var a = r.json();
        assertThat(a.get("intent").asString()).isEqualTo("pregnancy_lactation");
        assertThat(a.get("drugs").get(0).get("id").asString()).isEqualTo("ibuprofen");
        assertThat(a.get("answer").asString()).contains("孕妇：禁用");
        assertThat(a.get("sources").get(0).get("id").asString()).isEqualTo("LABEL-IBUPROFEN");
        assertThat(a.get("referral").asBoolean()).isFalse();
    }

    @Test
    void askRefusesTreatmentDecisions() {
        var a = ApiClient.as(port, "resident")
                .get("/api/drugs/ask?q=" + enc("血压正常了能停氨氯地平吗"))
                .json();
        assertThat(a.get("referral").asBoolean()).isTrue();
        assertThat(a.get("safety").asString()).isEqualTo("dose_change");
        assertThat(a.get("answer").asString()).contains("医生");
    }

    @Test
    void anonymousCallsAreRejected() {
        assertThat(ApiClient.as(port, "nobody", "wrong")
                        .get("/api/drugs/search?q=amxl")
                        .status())
                .isEqualTo(401);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    /** Issue 17 §4: the language model is off by default, and then Spring AI starts nothing at all. */
    @Test
    void withTheLanguageModelOffNoSpringAiBeanExists() {
        assertThat(context.getBeanNamesForType(org.springframework.ai.chat.model.ChatModel.class))
                .isEmpty();
        assertThat(java.util.Arrays.stream(context.getBeanDefinitionNames())
                        .map(name -> context.getType(name))
                        .filter(java.util.Objects::nonNull)
                        .map(Class::getName)
                        .filter(n -> n.startsWith("org.springframework.ai") || n.startsWith("com.openai")))
                .isEmpty();
    }
}
