package org.regionalhealth.familydoctor;

import static org.assertj.core.api.Assertions.assertThat;

import org.regionalhealth.ApiClient;
import org.regionalhealth.residents.ResidentFixtures;
import tools.jackson.databind.JsonNode;

/** Residents and patients for the family-doctor tests, created through the real APIs. */
final class FamilyDoctorFixtures {

    private FamilyDoctorFixtures() {}

    /** The village doctor's own station. */
    static JsonNode ownStation(int port) {
        return ApiClient.as(port, "village-doctor")
                .get("/api/org/units?type=STATION")
                .json()
                .get("items")
                .get(0);
    }

    /** Another station than the village doctor's. */
    static JsonNode otherStation(int port) {
        long own = ownStation(port).get("id").asLong();
        return ApiClient.as(port, "admin")
                .get("/api/org/units?type=STATION&size=5")
                .json()
                .get("items")
                .valueStream()
                .filter(s -> s.get("id").asLong() != own)
                .findFirst()
                .orElseThrow();
    }

    /** Registers a resident managed by the station; returns the resident id. */
    static long resident(int port, JsonNode station, String name, String birth, boolean male) {
        var response = ApiClient.as(port, "admin")
                .post(
                        "/api/residents",
                        ResidentFixtures.json(
                                name,
                                ResidentFixtures.idNumber(birth, male),
                                station.get("divisionCode").asString(),
                                station.get("id").asLong()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    /** Enrols the resident for a disease as the given user; returns the chronic patient id. */
    static long enrol(ApiClient client, long residentId, String disease) {
        var response = client.post(
                "/api/familydoctor/patients",
                "{\"residentId\": %d, \"disease\": \"%s\"}".formatted(residentId, disease));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    static ApiClient.Response followUp(ApiClient client, long patientId, String json) {
        return client.post("/api/familydoctor/patients/" + patientId + "/followups", json);
    }
}
