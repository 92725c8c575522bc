package org.regionalhealth.drugs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 3 §6: knowledge updates load without restart; only the district administrator may trigger one. */
@PlatformIntegrationTest
class KnowledgeBaseApiIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theAdministratorReloadsTheKnowledgeBaseWithoutRestart() {
        var before = ApiClient.as(port, "doctor").get("/api/drugs/knowledge").json();
        assertThat(before.get("generics").asInt()).isGreaterThanOrEqualTo(300);

        var reloaded = ApiClient.as(port, "admin").post("/api/drugs/knowledge/reload", "");
        assertThat(reloaded.status()).isEqualTo(200);
        assertThat(reloaded.json().get("version").asString())
                .isEqualTo(before.get("version").asString());
        assertThat(reloaded.json().get("loadedAt").asString())
                .isNotEqualTo(before.get("loadedAt").asString());

        assertThat(ApiClient.as(port, "doctor")
                        .post("/api/drugs/knowledge/reload", "")
                        .status())
                .isEqualTo(403);
    }
}
