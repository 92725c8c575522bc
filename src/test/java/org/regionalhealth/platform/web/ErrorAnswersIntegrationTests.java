package org.regionalhealth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors that happen outside any controller (issue 15): Tomcat's oversized request line, long query strings, control
 * characters in parameters, unknown paths, a broken multipart body, the wrong content type, the page CSRF check. API
 * clients get RFC 9457 problem+json with a Chinese detail, browsers the Chinese error page.
 */
@PlatformIntegrationTest
class ErrorAnswersIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anOversizedQueryStringIsAProblemNotTomcatsPage() throws Exception {
        var response = get("/api/residents?q=" + "a".repeat(9000), "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
        assertThat(response.body()).doesNotContain("Tomcat").doesNotContain("aaaaaaaaaa");

        var long5k = get("/api/residents?q=" + "a".repeat(5000), "application/json");
        assertThat(long5k.statusCode()).isEqualTo(414);
        assertProblem(long5k);
    }

    @Test
    void controlCharactersInParametersAreRefused() throws Exception {
        var response =
                get("/api/residents?q=" + URLEncoder.encode("张\u0000三", StandardCharsets.UTF_8), "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
    }

    @Test
    void unknownPathsAreProblemsForClientsAndAChinesePageForBrowsers() throws Exception {
        var api = get("/api/no-such-thing", "application/json");
        assertThat(api.statusCode()).isEqualTo(404);
        assertProblem(api);
        var page = get("/no-such-page", "application/json");
        assertThat(page.statusCode()).isEqualTo(404);
        assertProblem(page);
        var browser = get("/no-such-page", "text/html,application/xhtml+xml");
        assertThat(browser.statusCode()).isEqualTo(404);
        assertThat(browser.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(browser.body()).contains("页面或资源不存在");
    }

    @Test
    void aBrokenMultipartBodyAndTheWrongContentTypeAre4xxProblems() {
        var admin = ApiClient.as(port, "admin");
        var broken = admin.post(
                "/api/drugs/imports",
                "--xx\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc",
                "multipart/form-data; boundary=xx");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
        assertThat(broken.json().get("code").asString()).isEqualTo("MALFORMED_MULTIPART");
        var plain = admin.post("/api/drugs/imports", "x", "text/plain");
        assertThat(plain.status()).isEqualTo(415);
        assertThat(plain.json().get("detail").asString()).contains("不支持的内容类型");
        var method = admin.delete("/api/platform/tokens");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPageFormWithoutItsCsrfTokenGetsAChineseExplanation() throws Exception {
        var browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = browser.send(
                        HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(matcher.find()).isTrue();
        var loggedIn = browser.send(
                form("/login", "username=admin&password=" + ApiClient.DEMO_PASSWORD + "&_csrf=" + matcher.group(1)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(302);

        var refused = browser.send(form("/account/password", "current=x"), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(refused.body()).contains("页面已过期").contains("CSRF_REJECTED");
    }

    private HttpRequest form(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + path))
                                .header("Accept", accept)
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString(("admin:" + ApiClient.DEMO_PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).containsPattern("\"detail\":\"[^\"]*[\\u4e00-\\u9fff]");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
