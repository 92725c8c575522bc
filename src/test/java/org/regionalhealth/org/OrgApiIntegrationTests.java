package org.regionalhealth.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformIntegrationTest
class OrgApiIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void summaryCountsTheDistrictExactly() {
        var summary = ApiClient.as(port, "admin").get("/api/org/summary").json();
        assertThat(summary.get("MEDICAL_COMMUNITY").asLong()).isEqualTo(4);
        assertThat(summary.get("HOSPITAL").asLong()).isEqualTo(7);
        assertThat(summary.get("HEALTH_CENTRE").asLong()).isEqualTo(25);
        assertThat(summary.get("STATION").asLong()).isEqualTo(269);
        assertThat(summary.get("SCHOOL").asLong()).isEqualTo(463);
        assertThat(summary.get("VACCINATION_CLINIC").asLong()).isEqualTo(27);
        assertThat(summary.get("AMBULANCE_STATION").asLong()).isEqualTo(24);
        assertThat(summary.get("CHILDCARE").asLong()).isEqualTo(265);
        assertThat(summary.get("TOWN").asLong()).isEqualTo(27);
        assertThat(summary.get("VILLAGE").asLong()).isEqualTo(585);
        assertThat(summary.get("PHARMACY").asLong()).isPositive();
    }

    @Test
    void unitsArePagedAndLimitedToTheCallersScope() {
        var district = ApiClient.as(port, "admin")
                .get("/api/org/units?type=STATION&size=10")
                .json();
        assertThat(district.get("total").asLong()).isEqualTo(269);
        assertThat(district.get("items").size()).isEqualTo(10);

        var community = ApiClient.as(port, "pharmacist")
                .get("/api/org/units?type=STATION&size=200")
                .json();
        assertThat(community.get("total").asLong()).isBetween(1L, 268L);

        var station = ApiClient.as(port, "village-doctor")
                .get("/api/org/units?type=STATION")
                .json();
        assertThat(station.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void unknownUnitTypeIsAProblemNamingTheField() {
        var response = ApiClient.as(port, "admin").get("/api/org/units?type=CASTLE");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("ORG_UNIT_TYPE_INVALID");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
    }
}
