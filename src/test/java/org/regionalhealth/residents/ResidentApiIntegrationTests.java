package org.regionalhealth.residents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class ResidentApiIntegrationTests {

    @LocalServerPort
    int port;

    ApiClient villageDoctor;
    ApiClient admin;
    JsonNode ownStation;

    @BeforeEach
    void setUp() {
        villageDoctor = ApiClient.as(port, "village-doctor");
        admin = ApiClient.as(port, "admin");
        ownStation = villageDoctor
                .get("/api/org/units?type=STATION")
                .json()
                .get("items")
                .get(0);
    }

    @Test
    void registersAResidentAndDerivesBirthDateAndSexFromTheIdNumber() {
        String id = ResidentFixtures.idNumber("19800315", true);
        var response = villageDoctor.post(
                "/api/residents",
                ResidentFixtures.json("张伟", id, ownStation.get("divisionCode").asString(), null));
        assertThat(response.status()).isEqualTo(201);
        var body = response.json();
        assertThat(body.get("birthDate").asString()).isEqualTo("1980-03-15");
        assertThat(body.get("sex").asString()).isEqualTo("男");
        assertThat(body.get("idNumber").asString()).isEqualTo(id); // a village doctor needs the full number
    }

    @Test
    void findsResidentsByChineseNamePinyinAndInitials() {
        String id = ResidentFixtures.idNumber("19750520", false);
        villageDoctor.post(
                "/api/residents",
                ResidentFixtures.json("欧阳娜娜", id, ownStation.get("divisionCode").asString(), null));
        for (String query : new String[] {"欧阳娜", "ouyangnana", "oynn", id, id.toLowerCase()}) {
            var found = villageDoctor.get("/api/residents?q=" + encode(query)).json();
            assertThat(found.valueStream().map(r -> r.get("name").asString()))
                    .as("query %s", query)
                    .contains("欧阳娜娜");
        }
    }

    @Test
    void refusesASecondRegistrationOfTheSameIdNumberAndKeepsTheFirst() {
        String id = ResidentFixtures.idNumber("19900101", true);
        String village = ownStation.get("divisionCode").asString();
        assertThat(villageDoctor
                        .post("/api/residents", ResidentFixtures.json("李强", id, village, null))
                        .status())
                .isEqualTo(201);
        var second = villageDoctor.post("/api/residents", ResidentFixtures.json("王强", id, village, null));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().get("code").asString()).isEqualTo("RESIDENT_DUPLICATE_ID");
        assertThat(second.json().get("detail").asString()).contains("已登记");
        var kept = villageDoctor.get("/api/residents?q=" + id).json();
        assertThat(kept.size()).isEqualTo(1);
        assertThat(kept.get(0).get("name").asString()).isEqualTo("李强");
    }

    @Test
    void badInputIsAProblemListingEachBadField() {
        var response = villageDoctor.post(
                "/api/residents",
                "{\"name\": \"\", \"idNumber\": \"123\", \"phone\": \"12\", \"villageCode\": \"110000000000\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var fields = response.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
        assertThat(fields).contains("name", "phone", "villageCode");

        var badId = villageDoctor.post(
                "/api/residents",
                ResidentFixtures.json(
                        "赵六",
                        "110105194912310021",
                        ownStation.get("divisionCode").asString(),
                        null));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("code").asString()).isEqualTo("RESIDENT_ID_INVALID");
        assertThat(badId.json().get("errors").get(0).get("field").asString()).isEqualTo("idNumber");

        var malformed = villageDoctor.post("/api/residents", "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asString()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void aStationDoctorCannotReadAnotherStationsResident() {
        var otherStation = admin.get("/api/org/units?type=STATION&size=200")
                .json()
                .get("items")
                .valueStream()
                .filter(s -> s.get("id").asLong() != ownStation.get("id").asLong())
                .findFirst()
                .orElseThrow();
        String id = ResidentFixtures.idNumber("19600606", false);
        var created = admin.post(
                        "/api/residents",
                        ResidentFixtures.json(
                                "钱芳",
                                id,
                                otherStation.get("divisionCode").asString(),
                                otherStation.get("id").asLong()))
                .json();
        long residentId = created.get("id").asLong();

        assertThat(admin.get("/api/residents/" + residentId).status()).isEqualTo(200);
        var denied = villageDoctor.get("/api/residents/" + residentId);
        assertThat(denied.status()).isEqualTo(404);
        assertThat(denied.json().get("code").asString()).isEqualTo("RESIDENT_NOT_FOUND");
        assertThat(villageDoctor.get("/api/residents?q=" + id).json().size()).isZero();
        // nor can they register someone into that station
        var intoOther = villageDoctor.post(
                "/api/residents",
                ResidentFixtures.json(
                        "孙亮",
                        ResidentFixtures.idNumber("19700707", true),
                        otherStation.get("divisionCode").asString(),
                        otherStation.get("id").asLong()));
        assertThat(intoOther.status()).isEqualTo(400);
        assertThat(intoOther.json().get("code").asString()).isEqualTo("RESIDENT_UNIT_OUT_OF_SCOPE");
    }

    @Test
    void identifiersAreMaskedForRolesThatDoNotNeedThem() {
        String id = ResidentFixtures.idNumber("19850808", true);
        long residentId = villageDoctor
                .post(
                        "/api/residents",
                        ResidentFixtures.json(
                                "周杰", id, ownStation.get("divisionCode").asString(), null))
                .json()
                .get("id")
                .asLong();
        var cdcView =
                ApiClient.as(port, "cdc").get("/api/residents/" + residentId).json();
        assertThat(cdcView.get("idNumber").asString()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(cdcView.get("phone").asString()).isEqualTo("139****1111");
        assertThat(cdcView.get("masked").asBoolean()).isTrue();
    }

    @Test
    void everyReadAndWriteOfAResidentIsAudited() {
        String id = ResidentFixtures.idNumber("19950909", false);
        long residentId = villageDoctor
                .post(
                        "/api/residents",
                        ResidentFixtures.json(
                                "吴敏", id, ownStation.get("divisionCode").asString(), null))
                .json()
                .get("id")
                .asLong();
        villageDoctor.get("/api/residents/" + residentId);
        villageDoctor.get("/api/residents?q=" + id);

        var entries = admin.get("/api/platform/audit?recordId=" + residentId).json();
        var actions = entries.valueStream().map(e -> e.get("action").asString()).toList();
        assertThat(actions).contains("CREATE", "READ", "SEARCH");
        assertThat(entries.valueStream()).allSatisfy(e -> {
            assertThat(e.get("username").asString()).isEqualTo("village-doctor");
            assertThat(e.get("channel").asString()).isEqualTo("API");
            assertThat(e.get("purpose").asString()).isNotBlank();
        });
    }

    @Test
    void onlyTheDistrictAdministratorSearchesTheAuditLog() {
        assertThat(villageDoctor.get("/api/platform/audit").status()).isEqualTo(403);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
