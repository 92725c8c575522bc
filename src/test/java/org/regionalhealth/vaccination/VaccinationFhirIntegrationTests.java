package org.regionalhealth.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** FHIR R4 Immunization (search, read, create) and the $immds-forecast ImmunizationRecommendation. */
@PlatformIntegrationTest
class VaccinationFhirIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    long childWithHistory() {
        return jdbc.sql(
                        """
                        select r.resident_id from vaccination_record r join residents_resident p on p.id = r.resident_id
                        where p.birth_date > ? group by r.resident_id having count(*) >= 5 order by r.resident_id limit 1""")
                .param(LocalDate.now(clock).minusYears(3))
                .query(Long.class)
                .single();
    }

    @Test
    void immunizationsOfAPatientAreASearchsetBundle() {
        long child = childWithHistory();
        var response = ApiClient.as(port, "admin").get("/fhir/Immunization?patient=" + child);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/fhir+json");
        var bundle = response.json();
        assertThat(bundle.get("resourceType").asString()).isEqualTo("Bundle");
        assertThat(bundle.get("type").asString()).isEqualTo("searchset");
        assertThat(bundle.get("total").asInt()).isGreaterThanOrEqualTo(5);
        var first = bundle.get("entry").get(0).get("resource");
        assertThat(first.get("resourceType").asString()).isEqualTo("Immunization");
        assertThat(first.get("status").asString()).isEqualTo("completed");
        assertThat(first.get("patient").get("reference").asString()).isEqualTo("Patient/" + child);
        long id = first.get("id").asLong();
        assertThat(ApiClient.as(port, "admin")
                        .get("/fhir/Immunization/" + id)
                        .json()
                        .get("id")
                        .asString())
                .isEqualTo(String.valueOf(id));
    }

    @Test
    void theForecastIsAnImmunizationRecommendation() {
        long child = childWithHistory();
        var parameters = ApiClient.as(port, "admin")
                .get("/fhir/Patient/" + child + "/$immds-forecast")
                .json();
        assertThat(parameters.get("resourceType").asString()).isEqualTo("Parameters");
        var rec = parameters.get("parameter").get(1).get("resource");
        assertThat(rec.get("resourceType").asString()).isEqualTo("ImmunizationRecommendation");
        assertThat(rec.get("recommendation").size()).isGreaterThan(5);
        assertThat(rec.toString()).contains("30981-5", "immunization-recommendation-status");
    }

    @Test
    void aDoseReportedByTheProvincialSystemIsRecordedAndBadOnesRefused() {
        long child = childWithHistory();
        var service = ApiClient.as(port, "admin");
        var day = LocalDate.now(clock).minusDays(3);
        var created = service.post(
                "/fhir/Immunization",
                """
                {"resourceType": "Immunization", "status": "completed",
                 "vaccineCode": {"coding": [{"system": "https://rhp.xiaoshan.gov.cn/fhir/CodeSystem/vaccine-product", "code": "VAR"}]},
                 "patient": {"reference": "Patient/%d"}, "occurrenceDateTime": "%s", "lotNumber": "VAR2026A"}"""
                        .formatted(child, day),
                "application/fhir+json");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json()
                        .get("vaccineCode")
                        .get("coding")
                        .get(0)
                        .get("code")
                        .asString())
                .isEqualTo("VAR");
        var unknown = service.post(
                "/fhir/Immunization",
                """
                {"resourceType": "Immunization", "status": "completed",
                 "vaccineCode": {"coding": [{"system": "https://rhp.xiaoshan.gov.cn/fhir/CodeSystem/vaccine-product", "code": "XYZ"}]},
                 "patient": {"reference": "Patient/%d"}, "occurrenceDateTime": "%s"}"""
                        .formatted(child, day),
                "application/fhir+json");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("未知的疫苗编码");
    }
}
