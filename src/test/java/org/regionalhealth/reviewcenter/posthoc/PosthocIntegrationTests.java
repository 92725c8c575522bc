package org.regionalhealth.reviewcenter.posthoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.org.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Monthly samples of the demo year, graded by the pharmacist, and the 点评合格率. */
@PlatformIntegrationTest
class PosthocIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Organizations organizations;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aMonthlySampleHasTheRegulationsSizeAndIsGradedBesideTheScreening() {
        // the MC01 institution and month with the most demo prescriptions
        var top = jdbc.sql(
                        """
                        select p.institution_id, to_char(p.issued_on, 'YYYY-MM') m,
                               count(*) filter (where p.setting <> 'INPATIENT') amb,
                               count(*) filter (where p.setting = 'INPATIENT') inp
                          from prescriptionreview_prescription p
                         where p.institution_path like ? and p.issued_on < date_trunc('month', current_date)
                         group by 1, 2 order by count(*) desc limit 1""")
                .param(organizations.findByCode("MC01").orElseThrow().path() + "%")
                .query((rs, n) -> new long[] {
                    rs.getLong(1), Long.parseLong(rs.getString(2).replace("-", "")), rs.getLong(3), rs.getLong(4)
                })
                .single();
        var unit = organizations.find(top[0]).orElseThrow();
        String month = (top[1] / 100) + "-" + String.format("%02d", top[1] % 100);
        ApiClient pharmacist = ApiClient.as(port, "pharmacist");
        var drawn = pharmacist.post(
                "/api/prescription-review/posthoc/samples",
                "{\"institutionCode\":\"%s\",\"month\":\"%s\",\"seed\":7}".formatted(unit.code(), month));
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(201);
        long id = json.readTree(drawn.body()).get("id").asLong();
        JsonNode sample = json.readTree(
                pharmacist.get("/api/prescription-review/posthoc/samples/" + id).body());
        int expected = SampleSize.ambulatory((int) top[2]) + SampleSize.inpatient((int) top[3]);
        assertThat(sample.at("/sample/size").asInt()).isEqualTo(expected);
        assertThat(sample.at("/sample/population").asLong()).isEqualTo(top[2] + top[3]);
        assertThat(sample.get("items")).hasSize(expected);
        assertThat(sample.at("/sample/passRate").asString()).isEqualTo("—");
        // the same institution and month cannot be drawn twice
        assertThat(pharmacist
                        .post(
                                "/api/prescription-review/posthoc/samples",
                                "{\"institutionCode\":\"%s\",\"month\":\"%s\"}".formatted(unit.code(), month))
                        .status())
                .isEqualTo(409);

        long first = sample.get("items").get(0).get("prescriptionId").asLong();
        long second = sample.get("items").get(1).get("prescriptionId").asLong();
        String path = "/api/prescription-review/posthoc/samples/" + id + "/items/";
        assertThat(pharmacist
                        .put(path + first, "{\"grade\":\"RATIONAL\",\"items\":[\"NS8\"]}")
                        .status())
                .isEqualTo(400);
        assertThat(pharmacist
                        .put(path + first, "{\"grade\":\"INAPPROPRIATE\",\"items\":[\"NS8\"]}")
                        .status())
                .isEqualTo(400);
        assertThat(pharmacist
                        .put(path + first, "{\"grade\":\"RATIONAL\",\"items\":[]}")
                        .status())
                .isEqualTo(200);
        var graded = pharmacist.put(
                path + second, "{\"grade\":\"NON_STANDARD\",\"items\":[\"NS8\",\"NS10\"],\"comment\":\"用法含糊\"}");
        assertThat(graded.status()).as(graded.body()).isEqualTo(200);
        JsonNode after = json.readTree(graded.body());
        assertThat(after.at("/sample/graded").asInt()).isEqualTo(2);
        assertThat(after.at("/sample/rational").asInt()).isEqualTo(1);
        assertThat(after.at("/sample/passRate").asString()).isEqualTo("50.0%");
    }

    @Test
    void aPharmacistCannotSampleAnotherMedicalCommunity() {
        var other = organizations.findByCode("MC02-H1").orElseThrow();
        var response = ApiClient.as(port, "pharmacist")
                .post(
                        "/api/prescription-review/posthoc/samples",
                        "{\"institutionCode\":\"%s\",\"month\":\"%s\"}"
                                .formatted(
                                        other.code(),
                                        LocalDate.now()
                                                .minusMonths(1)
                                                .toString()
                                                .substring(0, 7)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(ApiClient.as(port, "doctor")
                        .get("/api/prescription-review/posthoc/samples/1")
                        .status())
                .isEqualTo(403);
    }
}
