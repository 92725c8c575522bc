package org.regionalhealth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 15 "Done means": walks the OpenAPI description and replays the classes of bad input the probe found
 * (objects and arrays for strings, NUL and control characters, over-long strings, {@code Infinity}/{@code 1e308},
 * fractions for integers, broken JSON, the wrong content type) against every POST and PUT endpoint. Every answer
 * must be a 4xx {@code application/problem+json} that does not repeat the input; never a 5xx, never a 2xx.
 */
@PlatformIntegrationTest
class BadInputWalkIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Ids that exist nowhere: a request that got past the body would find nothing to change. */
    private static final String NO_SUCH_ID = "987654321";

    private static final String LONG = "长".repeat(InputHardening.MAX_STRING + 10);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient admin;
    private ApiClient his;
    private JsonNode api;

    @BeforeEach
    void setUp() {
        admin = ApiClient.bearer(port, token("admin"));
        his = ApiClient.bearer(port, token("his"));
        // the page chain serves the description; it takes HTTP Basic, not API tokens
        api = ApiClient.as(port, "admin").get("/v3/api-docs").json();
    }

    private String token(String user) {
        var issued = ApiClient.as(port, user).post("/api/platform/tokens", "{\"name\":\"错误输入巡检\",\"days\":1}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().get("token").asString();
    }

    record Attempt(String method, String path, String what, int status, String contentType, String body) {}

    @Test
    void everyPostAndPutEndpointAnswersBadInputWithA4xxProblemNeverA5xx() {
        List<Attempt> attempts = new ArrayList<>();
        int endpoints = 0;
        for (var path : api.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                String method = operation.getKey();
                if (!method.equals("post") && !method.equals("put")) {
                    continue;
                }
                if (!operation.getValue().has("requestBody")) {
                    // no body (claim, release, recompute): nothing to break; the body is ignored
                    continue;
                }
                endpoints++;
                String url = concrete(path.getKey());
                ApiClient client = path.getKey().startsWith("/cds-services")
                                || path.getKey().startsWith("/fhir")
                        ? his
                        : admin;
                JsonNode content = operation.getValue().path("requestBody").path("content");
                for (var bad : badBodies(content)) {
                    var response = method.equals("post")
                            ? client.post(
                                    url,
                                    bad.getValue(),
                                    bad.getKey().startsWith("multipart") ? bad.getKey() : "application/json")
                            : client.put(url, bad.getValue());
                    attempts.add(new Attempt(
                            method, url, bad.getKey(), response.status(), response.contentType(), response.body()));
                }
                // the wrong content type altogether
                var plain = client.post(url, "count=1", "text/plain");
                if (method.equals("post")) {
                    attempts.add(
                            new Attempt(method, url, "text/plain", plain.status(), plain.contentType(), plain.body()));
                }
            }
        }
        assertThat(endpoints)
                .as("POST/PUT endpoints in the OpenAPI description")
                .isGreaterThan(40);
        assertAllRefused(attempts);
        // nothing half-written: no row anywhere carries the marker the bad bodies were built from
        assertThat(jdbc.sql("select count(*) from residents_resident where name like '%测试坏输入%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void cdsHooksFieldsSentAsObjectsOrArraysAreRefusedNotThrown() {
        String service =
                his.get("/cds-services").json().get("services").get(0).get("id").asString();
        String hook = his.get("/cds-services")
                .json()
                .get("services")
                .get(0)
                .get("hook")
                .asString();
        String context =
                "{\"userId\":\"Practitioner/1\",\"patientId\":\"1\",\"draftOrders\":{\"resourceType\":\"Bundle\"}}";
        List<Attempt> attempts = new ArrayList<>();
        for (String body : List.of(
                "{\"hook\":{},\"hookInstance\":\"a\",\"context\":" + context + "}",
                "{\"hook\":[\"" + hook + "\"],\"hookInstance\":\"a\",\"context\":" + context + "}",
                "{\"hook\":\"" + hook + "\",\"hookInstance\":{\"x\":1},\"context\":" + context + "}",
                "{\"hook\":\"" + hook + "\",\"hookInstance\":[1],\"context\":" + context + "}",
                "{\"hook\":\"" + hook + "\",\"hookInstance\":\"a\",\"context\":"
                        + context.replace("\"Practitioner/1\"", "{\"a\":1}") + "}",
                "{\"hook\":\"" + hook + "\",\"hookInstance\":\"a\",\"context\":" + context.replace("\"1\"", "[1]")
                        + "}",
                "{\"hook\":\"" + hook + "\",\"hookInstance\":\"a\\u0000b\",\"context\":" + context + "}")) {
            var response = his.post("/cds-services/" + service, body);
            attempts.add(new Attempt(
                    "post",
                    "/cds-services/" + service,
                    body,
                    response.status(),
                    response.contentType(),
                    response.body()));
        }
        for (String body : List.of(
                "{\"feedback\":[{\"card\":{},\"outcome\":\"accepted\"}]}",
                "{\"feedback\":[{\"card\":[\"x\"],\"outcome\":\"accepted\"}]}",
                "{\"feedback\":[{\"card\":\"" + "a".repeat(5000) + "\",\"outcome\":\"accepted\"}]}",
                "{\"feedback\":[\"x\"]}",
                "{\"feedback\":{}}")) {
            var response = his.post("/cds-services/" + service + "/feedback", body);
            attempts.add(new Attempt(
                    "post",
                    "/cds-services/" + service + "/feedback",
                    body,
                    response.status(),
                    response.contentType(),
                    response.body()));
        }
        assertAllRefused(attempts);
    }

    private static void assertAllRefused(List<Attempt> attempts) {
        List<String> failures = new ArrayList<>();
        for (Attempt a : attempts) {
            boolean ok = a.status() >= 400
                    && a.status() < 500
                    && a.contentType().startsWith("application/problem+json")
                    && a.body().length() < 4000
                    && !a.body()
                            .contains(
                                    "长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长");
            if (ok) {
                var detail = JSON.readTree(a.body()).path("detail");
                ok = detail.isString() && detail.asString().codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff);
            }
            if (!ok) {
                failures.add(a.method().toUpperCase() + " " + a.path() + " [" + shorten(a.what()) + "] → " + a.status()
                        + " " + a.contentType() + " " + shorten(a.body()));
            }
        }
        assertThat(failures)
                .as("answers that are not a 4xx problem with a Chinese detail")
                .isEmpty();
        assertThat(attempts).isNotEmpty();
    }

    private static String shorten(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…(" + s.length() + ")" : s;
    }

    private static String concrete(String template) {
        return template.replace("{id}", NO_SUCH_ID)
                .replace("{prescriptionId}", NO_SUCH_ID)
                .replaceAll("\\{[^}]+}", "no-such");
    }

    /** The bad bodies for an operation: whole-body breakage, then each field of its schema replaced in turn. */
    private List<Map.Entry<String, String>> badBodies(JsonNode content) {
        Map<String, String> bodies = new LinkedHashMap<>();
        if (content.has("multipart/form-data")) {
            bodies.put(
                    "multipart/form-data; boundary=xx",
                    "--xx\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc");
            return new ArrayList<>(bodies.entrySet());
        }
        bodies.put("broken JSON", "{\"a\":");
        bodies.put("array", "[]");
        bodies.put("string", "\"x\"");
        bodies.put("NUL", "{\"name\":\"a\\u0000b\",\"resourceType\":\"Immunization\",\"status\":\"a\\u0000\"}");
        bodies.put("1e999999", "{\"value\":1e999999}");
        JsonNode schema = resolve(content.path("application/json").path("schema"));
        if (schema.path("properties").isObject()) {
            ObjectNode sample = (ObjectNode) sample(schema, 0);
            for (var field : leaves(schema, "", 0)) {
                for (var value : badValues(field.getValue())) {
                    ObjectNode copy = sample.deepCopy();
                    set(copy, field.getKey(), value.getValue());
                    bodies.put(field.getKey() + "=" + value.getKey(), JSON.writeValueAsString(copy));
                }
            }
        }
        return new ArrayList<>(bodies.entrySet());
    }

    private static List<Map.Entry<String, JsonNode>> badValues(JsonNode schema) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        String type = schema.path("type").asString("");
        switch (type) {
            case "string" -> {
                values.put("object", NODES.objectNode().put("a", 1));
                values.put("array", NODES.arrayNode().add("a"));
                values.put("NUL", NODES.stringNode("测试坏输入\u0000"));
                values.put("control", NODES.stringNode("测试坏输入\u0007\u001b"));
                values.put("over-long", NODES.stringNode(LONG));
            }
            case "integer" -> {
                values.put("2.5", NODES.numberNode(2.5));
                values.put("1e308", NODES.numberNode(1e308));
                values.put("\"Infinity\"", NODES.stringNode("Infinity"));
                values.put("object", NODES.objectNode());
            }
            case "number" -> {
                values.put("1e308", NODES.numberNode(1e308));
                values.put("\"Infinity\"", NODES.stringNode("Infinity"));
                values.put("\"NaN\"", NODES.stringNode("NaN"));
                values.put("-1e300", NODES.numberNode(-1e300));
                values.put("array", NODES.arrayNode());
            }
            case "boolean" -> values.put("object", NODES.objectNode());
            default -> {}
        }
        return new ArrayList<>(values.entrySet());
    }

    /** Leaf fields of a schema as dotted paths, two levels deep (arrays by their first element). */
    private List<Map.Entry<String, JsonNode>> leaves(JsonNode schema, String prefix, int depth) {
        List<Map.Entry<String, JsonNode>> leaves = new ArrayList<>();
        for (var property : schema.path("properties").properties()) {
            JsonNode field = resolve(property.getValue());
            String path = prefix + property.getKey();
            if (field.path("properties").isObject() && depth < 2) {
                leaves.addAll(leaves(field, path + ".", depth + 1));
            } else if ("array".equals(field.path("type").asString(""))
                    && resolve(field.path("items")).path("properties").isObject()
                    && depth < 2) {
                leaves.addAll(leaves(resolve(field.path("items")), path + "[0].", depth + 1));
            } else {
                leaves.add(Map.entry(path, field));
            }
        }
        return leaves;
    }

    private JsonNode sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString(schema.path("properties").isObject() ? "object" : "");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    for (var property : schema.path("properties").properties()) {
                        object.set(property.getKey(), sample(property.getValue(), depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(sample(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(false);
            case "string" ->
                switch (schema.path("format").asString("")) {
                    case "date" -> NODES.stringNode("2026-01-01");
                    case "date-time" -> NODES.stringNode("2026-01-01T00:00:00Z");
                    default -> NODES.stringNode("测试坏输入");
                };
            default -> NODES.nullNode();
        };
    }

    private JsonNode resolve(JsonNode schema) {
        for (int i = 0; i < 10 && schema.has("$ref"); i++) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            schema = api.path("components").path("schemas").path(name);
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    /** Replaces the value at a dotted path ({@code a.b[0].c}) of {@code root}. */
    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = step(node, parts[i]);
        }
        String last = parts[parts.length - 1];
        if (node instanceof ObjectNode object) {
            object.set(last, value);
        }
    }

    private static JsonNode step(JsonNode node, String part) {
        if (part.endsWith("[0]")) {
            return node.path(part.substring(0, part.length() - 3)).path(0);
        }
        return node.path(part);
    }
}
