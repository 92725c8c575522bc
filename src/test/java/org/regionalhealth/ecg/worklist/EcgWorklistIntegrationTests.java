package org.regionalhealth.ecg.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Upload, pre-read, scope, claiming and FHIR of the regional ECG network over the real API (issue 20). */
@PlatformIntegrationTest
class EcgWorklistIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long count() {
        return jdbc.sql("select count(*) from ecg_recording").query(Long.class).single();
    }

    private long upload(String xml) {
        var response = ApiClient.as(port, "ecg-station").post("/api/ecg/recordings", xml, "application/xml");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    @Test
    void theDemoHasPhysiciansAStationAndADaysQueue() {
        assertThat(count()).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("select count(*) from platform_account where role = 'ECG_PHYSICIAN'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from ecg_recording where callback_at is not null")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void anUploadIsPreReadAndQueuedFirstWhenItIsASuspectedStemi() {
        String id = EcgFixtures.stationResident(jdbc, 1);
        var response = ApiClient.as(port, "ecg-station")
                .post("/api/ecg/recordings", EcgFixtures.stemi(id, 31), "application/xml");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var json = response.json();
        assertThat(json.get("stemiSuspected").asBoolean()).isTrue();
        assertThat(json.get("heartRate").asInt()).isBetween(83, 87);
        assertThat(json.get("stemiLeads").toString()).contains("II", "III", "aVF");
        assertThat(json.get("note").asString()).contains("须心电诊断医生确认");
        long recording = json.get("id").asLong();
        assertThat(jdbc.sql("select priority from ecg_recording where id = ?")
                        .param(recording)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aMalformedOrIncompleteFileIsRefusedWholeWithAChineseProblemAndNothingStored() {
        String id = EcgFixtures.stationResident(jdbc, 2);
        long before = count();
        String withoutV5 = EcgFixtures.sinus(id, 32)
                .replaceAll("<component><sequence><code code=\"MDC_ECG_LEAD_V5\".*?</component>\n", "");
        var missing = ApiClient.as(port, "ecg-station").post("/api/ecg/recordings", withoutV5, "application/xml");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.contentType()).contains("application/problem+json");
        assertThat(missing.json().get("code").asString()).isEqualTo("ECG_FILE_REJECTED");
        assertThat(missing.json().get("detail").asString()).contains("缺少导联：V5");

        var broken = ApiClient.as(port, "ecg-station")
                .post("/api/ecg/recordings", EcgFixtures.sinus(id, 33).substring(0, 3000), "application/xml");
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.json().get("detail").asString()).contains("XML");

        var stranger = ApiClient.as(port, "ecg-station")
                .post("/api/ecg/recordings", EcgFixtures.sinus("11010119800101123X", 34), "application/xml");
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.json().get("detail").asString()).contains("不是本机构辖区内的在档居民");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void twoPhysiciansCannotBothClaimOneEcg() throws Exception {
        long recording = upload(EcgFixtures.sinus(EcgFixtures.stationResident(jdbc, 3), 35));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var results = new ArrayList<Future<Integer>>();
            for (String physician : List.of("ecg-physician", "ecg-physician2")) {
                var client = ApiClient.as(port, physician);
                results.add(pool.submit(() -> {
                    start.await();
                    return client.post("/api/ecg/recordings/" + recording + "/claim", "")
                            .status();
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select claimed_by from ecg_recording where id = ?")
                        .param(recording)
                        .query(String.class)
                        .single())
                .isIn("ecg-physician", "ecg-physician2");
    }

    @Test
    void aStationCannotClaimAndADoctorOutsideTheStationsCannotSee() {
        long recording = upload(EcgFixtures.sinus(EcgFixtures.stationResident(jdbc, 4), 36));
        assertThat(ApiClient.as(port, "ecg-station")
                        .post("/api/ecg/recordings/" + recording + "/claim", "")
                        .status())
                .isEqualTo(403);
        // a hospital doctor sees their hospital, not the stations: the ECG is not in their scope
        assertThat(ApiClient.as(port, "doctor")
                        .get("/fhir/Observation/ecg-" + recording)
                        .status())
                .isIn(403, 404);
    }

    @Test
    void theEcgIsAFhirObservationWithSampledDataPerLead() {
        long recording = upload(EcgFixtures.sinus(EcgFixtures.stationResident(jdbc, 5), 37));
        var response = ApiClient.as(port, "ecg-physician").get("/fhir/Observation/ecg-" + recording);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var json = response.json();
        assertThat(json.get("resourceType").asString()).isEqualTo("Observation");
        assertThat(json.get("code").get("coding").get(0).get("code").asString()).isEqualTo("11524-6");
        assertThat(json.get("component")).hasSize(12);
        var first = json.get("component").get(0);
        assertThat(first.get("code").get("coding").get(0).get("code").asString())
                .isEqualTo("131329");
        assertThat(first.get("valueSampledData").get("period").asDouble()).isEqualTo(2.0);
        assertThat(first.get("valueSampledData").get("data").asString().split(" "))
                .hasSize(5000);
    }
}
