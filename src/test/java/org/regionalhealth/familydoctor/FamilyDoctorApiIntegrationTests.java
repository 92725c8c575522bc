package org.regionalhealth.familydoctor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Contracts, follow-ups, worklists and scope through the real API on the demo district. */
@PlatformIntegrationTest
class FamilyDoctorApiIntegrationTests {

    static final String SIGNATURE =
            "{\"signatureMethod\": \"HANDWRITTEN_PAD\", \"signature\": \"data:image/png;base64,iVBORw0KGgo=\"}";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient village() {
        return ApiClient.as(port, "village-doctor");
    }

    ApiClient admin() {
        return ApiClient.as(port, "admin");
    }

    long stationTeam() {
        var teams = village().get("/api/familydoctor/teams").json();
        assertThat(teams.size()).isPositive();
        return teams.get(0).get("id").asLong();
    }

    long signedContract(long residentId, long teamId, ApiClient client) {
        var applied = client.post(
                "/api/familydoctor/contracts",
                "{\"residentId\": %d, \"teamId\": %d, \"packageCode\": \"BASIC\"}".formatted(residentId, teamId));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.json().get("status").asString()).isEqualTo("APPLIED");
        long id = applied.json().get("id").asLong();
        assertThat(client.post("/api/familydoctor/contracts/" + id + "/review", "{\"approve\": true}")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("APPROVED");
        var signed = client.post("/api/familydoctor/contracts/" + id + "/sign", SIGNATURE);
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("status").asString()).isEqualTo("SIGNED");
        assertThat(signed.json().get("signatureDigest").asString()).hasSize(64);
        return id;
    }

    @Test
    void aResidentHoldsOneTeamAtATime() {
        long resident =
                FamilyDoctorFixtures.resident(port, FamilyDoctorFixtures.ownStation(port), "钱一", "19700304", true);
        long team = stationTeam();
        signedContract(resident, team, village());
        var second = village()
                .post(
                        "/api/familydoctor/contracts",
                        "{\"residentId\": %d, \"teamId\": %d, \"packageCode\": \"ELDERLY\"}".formatted(resident, team));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).contains("application/problem+json");
        assertThat(second.body()).contains("CONTRACT_OPEN_EXISTS");
    }

    @Test
    void renewalOpensInTheReminderWindowAndChainsTheContracts() {
        long resident =
                FamilyDoctorFixtures.resident(port, FamilyDoctorFixtures.ownStation(port), "孙二", "19650505", false);
        long id = signedContract(resident, stationTeam(), village());
        var early = village().post("/api/familydoctor/contracts/" + id + "/renew", SIGNATURE);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("RENEWAL_TOO_EARLY");

        // the contract was signed 350 days ago: it ends in 15 days, inside the 30-day window
        jdbc.sql(
                        "update familydoctor_contract set start_date = start_date - 350, end_date = end_date - 350 where id = ?")
                .param(id)
                .update();
        var oldEnd = village()
                .get("/api/familydoctor/contracts/" + id)
                .json()
                .get("endDate")
                .asString();
        var renewed = village().post("/api/familydoctor/contracts/" + id + "/renew", SIGNATURE);
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        JsonNode next = renewed.json();
        assertThat(next.get("status").asString()).isEqualTo("SIGNED");
        assertThat(next.get("previousContractId").asLong()).isEqualTo(id);
        assertThat(next.get("startDate").asString())
                .isEqualTo(java.time.LocalDate.parse(oldEnd).plusDays(1).toString());
        assertThat(village()
                        .get("/api/familydoctor/contracts/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("RENEWED");
        // the renewed contract cannot be renewed again
        assertThat(village()
                        .post("/api/familydoctor/contracts/" + id + "/renew", SIGNATURE)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void switchingTeamsEndsTheOldContractAndSignsTheNewOne() {
        var station = FamilyDoctorFixtures.ownStation(port);
        long resident = FamilyDoctorFixtures.resident(port, station, "周三", "19800606", true);
        long stationTeam = stationTeam();
        long id = signedContract(resident, stationTeam, village());
        long otherTeam = admin().get("/api/familydoctor/teams")
                .json()
                .valueStream()
                .filter(t -> t.get("id").asLong() != stationTeam
                        && t.get("signed").asLong() < t.get("capacity").asLong())
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        var switched = admin().post(
                        "/api/familydoctor/contracts/" + id + "/switch",
                        "{\"teamId\": %d, \"signatureMethod\": \"MOBILE_APP\", \"signature\": \"token-abc\"}"
                                .formatted(otherTeam));
        assertThat(switched.status()).as(switched.body()).isEqualTo(200);
        assertThat(switched.json().get("teamId").asLong()).isEqualTo(otherTeam);
        assertThat(switched.json().get("status").asString()).isEqualTo("SIGNED");
        assertThat(admin().get("/api/familydoctor/contracts/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("SWITCHED");
        // switching to the same team is refused
        long newId = switched.json().get("id").asLong();
        assertThat(admin().post(
                                "/api/familydoctor/contracts/" + newId + "/switch",
                                "{\"teamId\": %d, \"signatureMethod\": \"MOBILE_APP\", \"signature\": \"x\"}"
                                        .formatted(otherTeam))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aFullTeamSignsNoMore() {
        long resident =
                FamilyDoctorFixtures.resident(port, FamilyDoctorFixtures.ownStation(port), "吴四", "19750707", false);
        long team = stationTeam();
        int capacity = jdbc.sql("select capacity from familydoctor_team where id = ?")
                .param(team)
                .query(Integer.class)
                .single();
        jdbc.sql("update familydoctor_team set capacity = 1 where id = ?")
                .param(team)
                .update();
        try {
            var response = village()
                    .post(
                            "/api/familydoctor/contracts",
                            "{\"residentId\": %d, \"teamId\": %d, \"packageCode\": \"BASIC\"}"
                                    .formatted(resident, team));
            assertThat(response.status()).isEqualTo(409);
            assertThat(response.body()).contains("TEAM_FULL");
        } finally {
            jdbc.sql("update familydoctor_team set capacity = ? where id = ?")
                    .params(capacity, team)
                    .update();
        }
    }

    @Test
    void aSecondUncontrolledVisitRefersThePatient() {
        long resident =
                FamilyDoctorFixtures.resident(port, FamilyDoctorFixtures.ownStation(port), "郑五", "19620808", true);
        long patient = FamilyDoctorFixtures.enrol(village(), resident, "HYPERTENSION");
        var first = FamilyDoctorFixtures.followUp(
                village(), patient, "{\"method\": \"CLINIC\", \"systolic\": 165, \"diastolic\": 100}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("outcome").get("action").asString()).isEqualTo("RECHECK_IN_TWO_WEEKS");
        assertThat(first.json().get("referralId").isNull()).isTrue();
        var second = FamilyDoctorFixtures.followUp(
                village(), patient, "{\"method\": \"CLINIC\", \"systolic\": 158, \"diastolic\": 96}");
        assertThat(second.json().get("outcome").get("action").asString()).isEqualTo("REFER");
        long referral = second.json().get("referralId").asLong();
        var worklist = village().get("/api/familydoctor/worklist").json();
        assertThat(worklist.get("REFERRAL").valueStream().map(i -> i.get("refId")
                        .asLong()))
                .contains(referral);
        var check =
                village().post("/api/familydoctor/referrals/" + referral + "/check", "{\"outcome\": \"上级医院调药后转回\"}");
        assertThat(check.status()).isEqualTo(204);
        assertThat(village()
                        .get("/api/familydoctor/worklist")
                        .json()
                        .get("REFERRAL")
                        .valueStream()
                        .map(i -> i.get("refId").asLong()))
                .doesNotContain(referral);
    }

    @Test
    void implausibleReadingsAreRefusedWithFieldErrors() {
        long resident =
                FamilyDoctorFixtures.resident(port, FamilyDoctorFixtures.ownStation(port), "王六", "19600909", false);
        long patient = FamilyDoctorFixtures.enrol(village(), resident, "HYPERTENSION");
        var typo = FamilyDoctorFixtures.followUp(
                village(), patient, "{\"method\": \"CLINIC\", \"systolic\": 1650, \"diastolic\": 100}");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.contentType()).contains("application/problem+json");
        var inverted = FamilyDoctorFixtures.followUp(
                village(), patient, "{\"method\": \"CLINIC\", \"systolic\": 90, \"diastolic\": 120}");
        assertThat(inverted.status()).isEqualTo(400);
        assertThat(inverted.body()).contains("BP_ORDER");
        var future = FamilyDoctorFixtures.followUp(
                village(),
                patient,
                "{\"method\": \"CLINIC\", \"systolic\": 130, \"diastolic\": 80, \"visitDate\": \"2999-01-01\"}");
        assertThat(future.status()).isEqualTo(400);
    }

    @Test
    void aVillageDoctorSeesOnlyTheirStation() {
        var own = FamilyDoctorFixtures.ownStation(port);
        var other = FamilyDoctorFixtures.otherStation(port);
        String ownPath = own.get("path").asString();
        assertThat(village().get("/api/familydoctor/teams").json().valueStream().map(t -> t.get("unitPath")
                        .asString()))
                .isNotEmpty()
                .allMatch(p -> p.startsWith(ownPath));
        // another station's patient, contract and indicators are not found
        long resident = FamilyDoctorFixtures.resident(port, other, "冯七", "19581010", true);
        long patient = FamilyDoctorFixtures.enrol(admin(), resident, "HYPERTENSION");
        assertThat(village().get("/api/familydoctor/patients/" + patient).status())
                .isEqualTo(404);
        assertThat(FamilyDoctorFixtures.followUp(
                                village(), patient, "{\"method\": \"CLINIC\", \"systolic\": 130, \"diastolic\": 80}")
                        .status())
                .isEqualTo(404);
        assertThat(village()
                        .get("/api/familydoctor/indicators?unitId="
                                + other.get("id").asLong())
                        .status())
                .isEqualTo(404);
        assertThat(village()
                        .get("/api/familydoctor/worklist")
                        .json()
                        .get("DUE")
                        .valueStream()
                        .map(i -> i.get("residentId").asLong()))
                .doesNotContain(resident);
        assertThat(admin().get("/api/familydoctor/worklist")
                        .json()
                        .get("DUE")
                        .valueStream()
                        .map(i -> i.get("residentId").asLong()))
                .contains(resident);
        // and their enrolment of a resident elsewhere is refused
        long elsewhere = FamilyDoctorFixtures.resident(port, other, "陈八", "19591111", false);
        assertThat(village()
                        .post(
                                "/api/familydoctor/patients",
                                "{\"residentId\": %d, \"disease\": \"HYPERTENSION\"}".formatted(elsewhere))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theDemoDistrictKeepsThePublishedProportions() {
        var district = admin().get("/api/familydoctor/indicators")
                .json()
                .get("rows")
                .get(0)
                .get("values");
        long residents = jdbc.sql("select count(*) from familydoctor_person")
                .query(Long.class)
                .single();
        long contracts = jdbc.sql("select count(*) from familydoctor_contract where status = 'SIGNED'")
                .query(Long.class)
                .single();
        long chronic = jdbc.sql("select count(distinct resident_id) from familydoctor_chronic_patient")
                .query(Long.class)
                .single();
        assertThat((double) contracts / residents).isBetween(0.36, 0.43);
        assertThat((double) chronic / residents).isBetween(0.10, 0.14);
        var coverage = district.get("KEY_GROUP_COVERAGE");
        double share = coverage.get("numerator").asDouble()
                / coverage.get("denominator").asDouble();
        assertThat(share).isBetween(0.90, 0.95);
        var control = district.get("HTN_CONTROL");
        assertThat(control.get("denominator").asLong()).isPositive();
    }

    @Test
    void homeReadingsAreMarkedBySourceAndConfirmedByAClinician() {
        long resident =
                FamilyDoctorFixtures.resident(port, FamilyDoctorFixtures.ownStation(port), "褚九", "19550101", true);
        var his = ApiClient.as(port, "admin");
        var upload = his.post(
                "/api/familydoctor/device-readings",
                """
                {"residentId": %d, "kind": "BP", "systolic": 152, "diastolic": 94, "heartRate": 72,
                 "measuredAt": "2026-01-05T07:30:00+08:00", "deviceId": "omron-hem-7136:0042", "source": "DEVICE_4G"}"""
                        .formatted(resident));
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        long id = upload.json().get("id").asLong();
        var pending = village().get("/api/familydoctor/device-readings").json();
        assertThat(pending.valueStream()
                        .filter(r -> r.get("id").asLong() == id)
                        .findFirst()
                        .orElseThrow()
                        .get("source")
                        .asString())
                .isEqualTo("DEVICE_4G");
        // an administrator is no clinician
        assertThat(admin().post("/api/familydoctor/device-readings/" + id + "/review?confirm=true", "")
                        .status())
                .isEqualTo(403);
        assertThat(village()
                        .post("/api/familydoctor/device-readings/" + id + "/review?confirm=true", "")
                        .status())
                .isEqualTo(204);
        assertThat(village()
                        .post("/api/familydoctor/device-readings/" + id + "/review?confirm=true", "")
                        .status())
                .isEqualTo(404);
        var missing = his.post(
                "/api/familydoctor/device-readings",
                """
                {"residentId": %d, "kind": "BP", "systolic": 152, "measuredAt": "2026-01-05T07:30:00+08:00",
                 "deviceId": "x1", "source": "DEVICE_4G"}"""
                        .formatted(resident));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("BP_REQUIRED");
    }

    @Test
    void theElderlyCheckGradesSelfCareAndCopdScreeningRefersAt16() {
        long resident =
                FamilyDoctorFixtures.resident(port, FamilyDoctorFixtures.ownStation(port), "卫十", "19500202", false);
        var check = village()
                .post(
                        "/api/familydoctor/elderly-checks",
                        """
                {"residentId": %d, "scores": {"EATING": 3, "GROOMING": 1, "DRESSING": 0, "TOILETING": 5, "MOBILITY": 10}}"""
                                .formatted(resident));
        assertThat(check.status()).as(check.body()).isEqualTo(201);
        assertThat(check.json().get("total").asInt()).isEqualTo(19);
        assertThat(check.json().get("levelZh").asString()).isEqualTo("不能自理");
        var wrong = village()
                .post(
                        "/api/familydoctor/elderly-checks",
                        """
                {"residentId": %d, "scores": {"EATING": 2, "GROOMING": 1, "DRESSING": 0, "TOILETING": 5, "MOBILITY": 10}}"""
                                .formatted(resident));
        assertThat(wrong.status()).isEqualTo(400);
        var screening = village()
                .post(
                        "/api/familydoctor/copd-screenings",
                        """
                {"residentId": %d, "answers": {"ageYears": 76, "packYears": 0, "bmi": 25, "coughWithoutCold": true,
                 "breathlessness": "NONE", "biomassFuel": false, "familyHistory": false}}"""
                                .formatted(resident));
        assertThat(screening.status()).as(screening.body()).isEqualTo(201);
        assertThat(screening.json().get("score").asInt()).isEqualTo(16);
        assertThat(screening.json().get("spirometryReferral").asBoolean()).isTrue();
    }

    @Test
    void theDrillDownListsExactlyThePatientsBehindTheNumber() {
        long resident =
                FamilyDoctorFixtures.resident(port, FamilyDoctorFixtures.ownStation(port), "蒋十一", "19610303", true);
        long patient = FamilyDoctorFixtures.enrol(village(), resident, "HYPERTENSION");
        FamilyDoctorFixtures.followUp(
                village(), patient, "{\"method\": \"CLINIC\", \"systolic\": 150, \"diastolic\": 92}");
        for (var indicator : java.util.List.of("HTN_CONTROL", "HTN_STANDARD", "KEY_GROUP_COVERAGE")) {
            var value = village()
                    .get("/api/familydoctor/indicators")
                    .json()
                    .get("rows")
                    .get(0)
                    .get("values")
                    .get(indicator);
            long numerator = value.get("numerator").asLong();
            long denominator = value.get("denominator").asLong();
            var gap = village()
                    .get("/api/familydoctor/indicators/patients?indicator=" + indicator + "&met=false")
                    .json();
            var met = village()
                    .get("/api/familydoctor/indicators/patients?indicator=" + indicator + "&met=true")
                    .json();
            assertThat(met.size()).as(indicator).isEqualTo((int) numerator);
            assertThat(gap.size()).as(indicator).isEqualTo((int) (denominator - numerator));
        }
        var gap = village()
                .get("/api/familydoctor/indicators/patients?indicator=HTN_CONTROL&met=false")
                .json();
        var row = gap.valueStream()
                .filter(p -> p.get("residentId").asLong() == resident)
                .findFirst()
                .orElseThrow();
        assertThat(row.get("maskedName").asString()).isEqualTo("蒋**");
    }

    @Test
    void longPrescriptionsAreForStablePatientsAndScreenedByTheEngine() {
        long resident =
                FamilyDoctorFixtures.resident(port, FamilyDoctorFixtures.ownStation(port), "沈十二", "19580404", true);
        long patient = FamilyDoctorFixtures.enrol(village(), resident, "HYPERTENSION");
        String twelveWeeks =
                """
                {"lines": [{"drugName": "氨氯地平", "route": "口服", "dose": 5, "doseUnit": "mg", "frequency": "qd", "days": 84}]}""";
        var unstable = village().post("/api/familydoctor/patients/" + patient + "/long-prescriptions", twelveWeeks);
        assertThat(unstable.status()).isEqualTo(409);
        assertThat(unstable.body()).contains("NOT_STABLE");
        FamilyDoctorFixtures.followUp(
                village(), patient, "{\"method\": \"CLINIC\", \"systolic\": 128, \"diastolic\": 78}");
        var ok = village().post("/api/familydoctor/patients/" + patient + "/long-prescriptions", twelveWeeks);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("status").asString()).isEqualTo("SCREENED");
        assertThat(ok.body()).doesNotContain("LONGRX_OVER_12W");
        var tooLong = village()
                .post(
                        "/api/familydoctor/patients/" + patient + "/long-prescriptions",
                        twelveWeeks.replace("84", "120"));
        assertThat(tooLong.status()).isEqualTo(200);
        assertThat(tooLong.body()).contains("LONGRX_OVER_12W");
        assertThat(tooLong.json().get("action").asString()).isNotEqualTo("PASS");
    }
}
