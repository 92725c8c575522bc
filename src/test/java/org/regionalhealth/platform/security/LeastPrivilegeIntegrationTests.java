package org.regionalhealth.platform.security;

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
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformIntegrationTest
class LeastPrivilegeIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theApiDescriptionIsForAdministratorsAndServiceAccountsOnly() throws Exception {
        for (String user : new String[] {"pharmacist", "doctor", "cdc", "resident", "village-doctor"}) {
            assertThat(get(user, "/v3/api-docs").statusCode()).as(user).isEqualTo(403);
            assertThat(get(user, "/swagger-ui/index.html").statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(get("admin", "/v3/api-docs").statusCode()).isEqualTo(200);
        assertThat(get("his", "/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void everyResponseCarriesTheBrowserHardeningHeaders() throws Exception {
        for (var response : new HttpResponse<?>[] {
            HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding()),
            get("admin", "/api/org/summary")
        }) {
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy").orElse(""))
                    .contains("frame-ancestors 'none'")
                    .contains("object-src 'none'")
                    // the strict script policy is enforced (issue 15): no inline script, no eval
                    .contains("script-src 'self';")
                    .doesNotContain("'unsafe-eval'");
            assertThat(headers.firstValue("Content-Security-Policy").orElse(""))
                    .doesNotContainPattern("script-src[^;]*unsafe-inline");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy").orElse("")).contains("microphone=()");
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    private HttpResponse<Void> get(String user, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((user + ":" + ApiClient.DEMO_PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
    }
}
