package org.regionalhealth.drugs.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.drugs.catalogue.Ean13;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Catalogue import over the API: validation of every row, all or nothing, progress, then searchable. */
@PlatformIntegrationTest
class CatalogueImportIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private JsonNode upload(String user, String fileName, String content, int expectedStatus) throws Exception {
        String boundary = "----rhp" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/drugs/imports"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + ApiClient.DEMO_PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    private JsonNode waitFor(long id) throws InterruptedException {
        var api = ApiClient.as(port, "pharmacist");
        for (int i = 0; i < 200; i++) {
            var job = api.get("/api/drugs/imports/" + id).json();
            if (job.get("finished").asBoolean()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import did not finish");
    }

    static String barcode(long n) {
        return Ean13.complete("69" + String.format("%010d", 9_900_000_000L + n));
    }

    @Test
    void aValidCsvIsStoredWholeAndBecomesSearchable() throws Exception {
        String csv =
                "generic,name,brand,manufacturer,approval_number,insurance_code,insurance_class,form,strength,package,barcode\n"
                        + "布洛芬,布洛芬缓释胶囊,,\"萧山示例药业有限公司\",国药准字H33021234,X0001A00000101,甲,缓释胶囊,0.3g,20粒/盒,"
                        + barcode(1) + "\n"
                        + "amoxicillin,阿莫西林胶囊,,萧山示例药业有限公司,国药准字H33021235,,乙,胶囊,0.25g,24粒/盒," + barcode(2)
                        + "\n";
        var started = upload("pharmacist", "licensed.csv", csv, 202);
        var job = waitFor(started.get("id").asLong());
        assertThat(job.get("phase").asString()).isEqualTo("done");
        assertThat(job.get("stored").asInt()).isEqualTo(2);
        var found = ApiClient.as(port, "resident")
                .get("/api/drugs/search?q=" + barcode(1))
                .json();
        assertThat(found.get("products").get(0).get("manufacturer").asString()).isEqualTo("萧山示例药业有限公司");
        assertThat(found.get("products").get(0).get("generated").asBoolean()).isFalse();
        assertThat(jdbc.sql("select status from drugs_catalogue_import where id = ?")
                        .param(started.get("id").asLong())
                        .query(String.class)
                        .single())
                .isEqualTo("DONE");
    }

    @Test
    void anyInvalidRowStoresNothingAndReportsRowNumbers() throws Exception {
        long before =
                jdbc.sql("select count(*) from drugs_product").query(Long.class).single();
        String csv = "generic,name,manufacturer,approval_number,insurance_class,form,barcode\n"
                + "布洛芬,布洛芬片,示例药业,国药准字H33021300,甲,片剂," + barcode(10) + "\n"
                + "不存在的药,某某片,示例药业,国药准字X12345678,丁,片剂,6900000000000\n";
        var job = waitFor(upload("pharmacist", "bad.csv", csv, 202).get("id").asLong());
        assertThat(job.get("phase").asString()).isEqualTo("failed");
        String errors = job.get("errors").toString();
        assertThat(errors)
                .contains("第3行 generic")
                .contains("第3行 approval_number")
                .contains("第3行 insurance_class");
        assertThat(errors).contains("第3行 barcode");
        assertThat(jdbc.sql("select count(*) from drugs_product")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void fhirMedicationKnowledgeBundleIsImported() throws Exception {
        String bundle =
                """
                {"resourceType":"Bundle","type":"collection","entry":[{"resource":{
                  "resourceType":"MedicationKnowledge",
                  "code":{"text":"二甲双胍缓释片","coding":[
                    {"system":"https://www.nmpa.gov.cn/approval-number","code":"国药准字H33029999"},
                    {"system":"urn:oid:1.3.160","code":"%s"}]},
                  "manufacturer":{"display":"FHIR示例制药有限公司"},
                  "doseForm":{"text":"缓释片"},
                  "ingredient":[{"itemCodeableConcept":{"text":"二甲双胍"}}],
                  "drugCharacteristic":[{"type":{"text":"strength"},"valueString":"0.5g"},
                    {"type":{"text":"insurance_class"},"valueString":"甲"}]}}]}
                """
                        .formatted(barcode(20));
        var job = waitFor(upload("admin", "bundle.json", bundle, 202).get("id").asLong());
        assertThat(job.get("phase").asString()).as(job.toString()).isEqualTo("done");
        var found = ApiClient.as(port, "resident")
                .get("/api/drugs/search?q=" + barcode(20))
                .json();
        assertThat(found.get("products").get(0).get("genericName").asString()).isEqualTo("二甲双胍");
    }

    @Test
    void residentsMayNotImport() throws Exception {
        upload("resident", "x.csv", "generic\n", 403);
    }
}
