package org.regionalhealth.dataspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.dataspace.catalogue.DataCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint of the data space — pages and API, enumerated from the handler mappings so a new endpoint
 * cannot be missed — as the researcher and the steward, through a whole request → approval → query → file → revoke
 * flow, and checks that no answer contains a direct identifier of the source (ID number, phone, full name, full
 * address).
 */
@PlatformIntegrationTest
class DataspaceIdentifierWalkTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataCatalogue catalogue;

    @Autowired
    Clock clock;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Set<String> visited = new TreeSet<>();
    final Map<String, String> bodies = new LinkedHashMap<>();

    void seen(String method, String pattern, String body) {
        visited.add(method + " " + pattern);
        bodies.merge(method + " " + pattern, body, (a, b) -> a + "\n" + b);
    }

    /** A logged-in page session (form login, session cookie, CSRF token from the page's meta tag). */
    final class Session {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String csrf;

        Session(String username) throws Exception {
            var login = get("/login");
            csrf = token(login, "name=\"_csrf\" value=\"([^\"]+)\"");
            post("/login", Map.of("username", username, "password", ApiClient.DEMO_PASSWORD));
        }

        String get(String path) throws Exception {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            // a page that fails to render (500) shows no identifier either, but is no page
            assertThat(response.statusCode()).as(path).isLessThan(500);
            var body = response.body();
            var meta = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(body);
            if (meta.find()) {
                csrf = meta.group(1);
            }
            return body;
        }

        String post(String path, Map<String, String> form) throws Exception {
            var all = new LinkedHashMap<>(form);
            all.put("_csrf", csrf);
            String encoded = all.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            var response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(encoded))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isLessThan(400);
            return response.body();
        }

        String token(String body, String regex) {
            var m = Pattern.compile(regex).matcher(body);
            assertThat(m.find()).isTrue();
            return m.group(1);
        }
    }

    @Test
    void noDataspaceEndpointReturnsADirectIdentifier() throws Exception {
        var researcher = ApiClient.as(port, "researcher");
        var steward = ApiClient.as(port, "data-steward");
        var query = catalogue.productByCode("DP-004").orElseThrow();
        var file = catalogue.productByCode("DP-005").orElseThrow();
        long dataset = query.datasetId();
        LocalDate today = LocalDate.now(clock);
        String period = "\"periodFrom\":\"" + today.minusYears(3) + "\",\"periodTo\":\"" + today.minusDays(1) + "\"";

        // API: catalogue
        seen(
                "GET",
                "/api/dataspace/datasets",
                researcher.get("/api/dataspace/datasets?size=50").body());
        seen(
                "GET",
                "/api/dataspace/datasets/{id}",
                researcher.get("/api/dataspace/datasets/" + dataset).body());
        seen(
                "GET",
                "/api/dataspace/products",
                researcher.get("/api/dataspace/products?size=100").body());
        seen(
                "GET",
                "/api/dataspace/products/{id}",
                researcher.get("/api/dataspace/products/" + file.id()).body());
        // API: request, decision, contract, query, file, releases, revoke, usage
        var created = researcher.post(
                "/api/dataspace/requests",
                "{\"productId\":" + file.id()
                        + ",\"purpose\":\"PUBLIC_HEALTH\",\"purposeDetail\":\"走查测试：去标识化文件的直接标识符检查。\","
                        + "\"fields\":[\"AGE\",\"SEX\",\"TOWN\",\"VISIT_DATE\",\"DIAGNOSIS\",\"SBP\",\"DBP\",\"BMI\"],"
                        + period + ",\"recipient\":\"区疾控中心\",\"delivery\":\"FILE\",\"uses\":3,\"days\":30}");
        assertThat(created.status()).isEqualTo(201);
        seen("POST", "/api/dataspace/requests", created.body());
        long fileRequest = created.json().get("id").asLong();
        seen(
                "GET",
                "/api/dataspace/requests",
                steward.get("/api/dataspace/requests").body());
        seen(
                "GET",
                "/api/dataspace/requests/{id}",
                researcher.get("/api/dataspace/requests/" + fileRequest).body());
        var decided = steward.post("/api/dataspace/requests/" + fileRequest + "/decision", "{\"approve\":true}");
        assertThat(decided.status()).isEqualTo(200);
        seen("POST", "/api/dataspace/requests/{id}/decision", decided.body());
        long fileContract = decided.json().get("contractId").asLong();
        seen(
                "GET",
                "/api/dataspace/contracts",
                researcher.get("/api/dataspace/contracts").body());
        seen(
                "GET",
                "/api/dataspace/contracts/{id}",
                researcher.get("/api/dataspace/contracts/" + fileContract).body());
        var csv = researcher.post("/api/dataspace/contracts/" + fileContract + "/release", "");
        assertThat(csv.status()).isEqualTo(200);
        seen("POST", "/api/dataspace/contracts/{id}/release", csv.body());

        var queryRequest = researcher
                .post(
                        "/api/dataspace/requests",
                        "{\"productId\":" + query.id()
                                + ",\"purpose\":\"HEALTH_POLICY\",\"purposeDetail\":\"走查测试：汇总查询的直接标识符检查。\","
                                + "\"fields\":[\"AGE\",\"SEX\",\"TOWN\",\"SBP\"],"
                                + period + ",\"recipient\":\"区卫生健康局\",\"delivery\":\"QUERY\",\"uses\":5,\"days\":30}")
                .json()
                .get("id")
                .asLong();
        long queryContract = steward.post("/api/dataspace/requests/" + queryRequest + "/decision", "{\"approve\":true}")
                .json()
                .get("contractId")
                .asLong();
        var answered = researcher.post(
                "/api/dataspace/contracts/" + queryContract + "/query",
                "{\"dimensions\":[\"TOWN\",\"SEX\"],\"measure\":\"SBP\",\"noise\":true}");
        assertThat(answered.status()).isEqualTo(200);
        seen("POST", "/api/dataspace/contracts/{id}/query", answered.body());
        seen(
                "GET",
                "/api/dataspace/contracts/{id}/releases",
                researcher
                        .get("/api/dataspace/contracts/" + queryContract + "/releases")
                        .body());
        seen("GET", "/api/dataspace/usage", steward.get("/api/dataspace/usage").body());

        // pages, with a real login, session and CSRF token
        var page = new Session("researcher");
        seen("GET", "/dataspace", page.get("/dataspace") + page.get("/dataspace?view=datasets"));
        seen("GET", "/dataspace/datasets/{id}", page.get("/dataspace/datasets/" + dataset));
        seen("GET", "/dataspace/products/{id}", page.get("/dataspace/products/" + query.id()));
        seen(
                "POST",
                "/dataspace/products/{id}/requests",
                page.post(
                        "/dataspace/products/" + query.id() + "/requests",
                        Map.of(
                                "purpose", "PUBLIC_HEALTH",
                                "purposeDetail", "走查测试：页面提交的申请，用于检查标识符。",
                                "fields", "TOWN",
                                "periodFrom", today.minusYears(1).toString(),
                                "periodTo", today.minusDays(1).toString(),
                                "recipient", "区疾控中心",
                                "delivery", "QUERY",
                                "uses", "2",
                                "days", "10")));
        seen("GET", "/dataspace/requests", page.get("/dataspace/requests"));
        seen("GET", "/dataspace/contracts/{id}", page.get("/dataspace/contracts/" + queryContract));
        seen(
                "POST",
                "/dataspace/contracts/{id}/query",
                page.post(
                        "/dataspace/contracts/" + queryContract + "/query",
                        Map.of("dimensions", "AGE", "measure", "SBP")));
        page.get("/dataspace/contracts/" + fileContract);
        seen(
                "POST",
                "/dataspace/contracts/{id}/release",
                page.post("/dataspace/contracts/" + fileContract + "/release", Map.of()));

        var stewardPage = new Session("data-steward");
        String pending = stewardPage.get("/dataspace/requests?state=SUBMITTED");
        var m = Pattern.compile("id=\"request-(\\d+)\"").matcher(pending);
        assertThat(m.find()).isTrue();
        seen(
                "POST",
                "/dataspace/requests/{id}/decision",
                stewardPage.post(
                        "/dataspace/requests/" + m.group(1) + "/decision", Map.of("approve", "false", "note", "走查驳回")));
        seen("GET", "/dataspace/usage", stewardPage.get("/dataspace/usage"));
        seen("GET", "/dataspace/usage.xlsx", stewardPage.get("/dataspace/usage.xlsx"));
        stewardPage.get("/dataspace/contracts/" + queryContract);
        seen(
                "POST",
                "/dataspace/contracts/{id}/revoke",
                stewardPage.post("/dataspace/contracts/" + queryContract + "/revoke", Map.of("reason", "走查结束")));
        var revoked = steward.post("/api/dataspace/contracts/" + fileContract + "/revoke", "{\"reason\":\"走查结束\"}");
        assertThat(revoked.status()).isEqualTo(200);
        seen("POST", "/api/dataspace/contracts/{id}/revoke", revoked.body());

        // every endpoint of the module was called
        var endpoints = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("org.regionalhealth.dataspace")) {
                for (String pattern : info.getPatternValues()) {
                    for (var verb : info.getMethodsCondition().getMethods()) {
                        endpoints.add(verb.name() + " " + pattern);
                    }
                }
            }
        });
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(25);
        assertThat(visited).containsAll(endpoints);

        // and none returned a direct identifier of the source
        var identifiers = new HashSet<String>();
        jdbc.sql("select id_number, phone, name, address from dataspace_subject")
                .query((rs, n) -> {
                    identifiers.add(rs.getString(1));
                    identifiers.add(rs.getString(2));
                    if (rs.getString(3).length() >= 3) {
                        identifiers.add(rs.getString(3));
                    }
                    identifiers.add(rs.getString(4));
                    return null;
                })
                .list();
        assertThat(identifiers).hasSizeGreaterThan(1000);
        var leaks = new ArrayList<String>();
        bodies.forEach((endpoint, body) -> {
            for (String identifier : identifiers) {
                if (body.contains(identifier)) {
                    leaks.add(endpoint + " → " + identifier);
                }
            }
        });
        assertThat(leaks).isEmpty();
        assertThat(List.copyOf(bodies.keySet())).isNotEmpty();
    }
}
