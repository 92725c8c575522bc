package org.regionalhealth.surveillance.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/surveillance/detect}: R parity through HTTP, every input error as a field error, roles. */
@PlatformIntegrationTest
class DetectionApiIntegrationTests {

    private static final String SERIES = "North.Rhine.Westphalia";

    @LocalServerPort
    int port;

    @Test
    void farringtonFlexibleOverHttpReturnsRsValues() throws IOException {
        List<String[]> input = new ArrayList<>();
        for (String line : lines("input_series.csv")) {
            String[] f = line.split(",");
            if (f[0].equals("salmNewport") && f[1].equals(SERIES)) {
                input.add(f);
            }
        }
        assertThat(input).hasSize(528);
        String dates = input.stream().map(f -> "\"" + f[3] + "\"").collect(Collectors.joining(","));
        String observed = input.stream().map(f -> f[5]).collect(Collectors.joining(","));
        var response = ApiClient.as(port, "cdc")
                .post(
                        "/api/surveillance/detect",
                        """
                        {"algorithm": "farringtonFlexible", "parameters": {}, "frequency": 52,
                         "dates": [%s], "observed": [%s]}"""
                                .formatted(dates, observed));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode json = response.json();
        // R's default range: b * 52 + w + 1 = 264 to the end.
        assertThat(json.get("range").get(0).asInt()).isEqualTo(264);
        assertThat(json.get("points").size()).isEqualTo(528 - 264 + 1);

        // Rows of ref_farringtonFlexible.csv (surveillance 1.20.3, variant salmNewport_default): alarms, an NA
        // upper bound (fewer than 5 cases in 4 weeks) and a fitted trend.
        int checked = 0;
        for (String line : lines("ref_farringtonFlexible.csv")) {
            String[] r = line.split(",", -1);
            if (!r[1].equals(SERIES) || !r[5].equals("salmNewport_default")) {
                continue;
            }
            int t = Integer.parseInt(r[2]);
            if (t != 303 && t != 357 && t != 411 && t != 413 && t != 528) {
                continue;
            }
            JsonNode p = json.get("points").get(t - 264);
            assertThat(p.get("t").asInt()).isEqualTo(t);
            assertThat(p.get("date").asString()).isEqualTo(r[3]);
            assertThat(p.get("observed").asDouble()).isEqualTo(Double.parseDouble(r[4]));
            assertClose(p.get("upperbound"), r[6]);
            assertThat(p.get("alarm").asBoolean()).isEqualTo(r[7].equals("1"));
            assertClose(p.get("expected"), r[8]);
            assertClose(p.get("score"), r[9]);
            assertClose(p.get("pvalue"), r[10]);
            checked++;
        }
        assertThat(checked).isEqualTo(5);
        assertThat(json.get("alarms").asLong()).isPositive();
    }

    private static void assertClose(JsonNode actual, String r) {
        if (r.equals("NA")) {
            assertThat(actual.isNull()).as("R gives NA").isTrue();
        } else {
            double expected = Double.parseDouble(r);
            assertThat(actual.asDouble()).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        }
    }

    @Test
    void earsC1ReturnsOnlyPointsWithAFullBaselineByDefault() {
        String observed = IntStream.range(0, 20)
                .mapToObj(i -> i == 15 ? "30" : String.valueOf(2 + i % 3))
                .collect(Collectors.joining(","));
        var json = ApiClient.as(port, "admin")
                .post(
                        "/api/surveillance/detect",
                        "{\"algorithm\":\"earsC1\",\"frequency\":365,\"observed\":[" + observed + "]}")
                .json();
        assertThat(json.get("points").size()).isEqualTo(20 - 7);
        assertThat(json.get("points").get(0).get("t").asInt()).isEqualTo(8);
        assertThat(json.get("points").get(0).get("date").isNull()).isTrue();
        assertThat(json.get("points").get(15 - 7).get("alarm").asBoolean()).isTrue();
        assertThat(json.get("alarms").asLong()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
        unknown algorithm   | {"algorithm":"shewhart","frequency":52,"observed":[1,2,3]}                         | algorithm
        bad parameter value | {"algorithm":"farringtonFlexible","parameters":{"b":"five"},"frequency":52,"observed":[1,2]} | b
        unknown parameter   | {"algorithm":"cusum","parameters":{"bogus":1},"frequency":365,"observed":[1,2]}    | bogus
        method fixed by name| {"algorithm":"earsC2","parameters":{"method":"C3"},"frequency":365,"observed":[1]} | method
        length mismatch     | {"algorithm":"earsC1","frequency":365,"dates":["2024-01-01"],"observed":[1,2]}     | dates
        bad date            | {"algorithm":"earsC1","frequency":365,"dates":["2024-13-01"],"observed":[1]}       | dates
        negative count      | {"algorithm":"earsC3","frequency":365,"observed":[1,-2,3]}                         | observed
        no counts           | {"algorithm":"earsC3","frequency":365,"observed":[]}                               | observed
        bad frequency       | {"algorithm":"mpm","frequency":7,"observed":[1,2,3]}                               | frequency
        range past the end  | {"algorithm":"ewma","frequency":365,"observed":[1,2,3],"range":[1,4]}              | range
        range before start  | {"algorithm":"ewma","frequency":365,"observed":[1,2,3],"range":[0,2]}              | range
        """)
    void badInputIsAProblemNamingTheParameter(String name, String body, String field) {
        var response = ApiClient.as(port, "cdc").post("/api/surveillance/detect", body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode json = response.json();
        assertThat(json.get("code").asString()).isEqualTo("DETECTOR_PARAMETER_INVALID");
        assertThat(json.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(json.get("detail").asString()).isNotBlank();
    }

    @Test
    void tooLongASeriesIsRejected() {
        String observed = IntStream.range(0, AnalystDetection.MAX_POINTS + 1)
                .mapToObj(i -> "1")
                .collect(Collectors.joining(","));
        var response = ApiClient.as(port, "cdc")
                .post(
                        "/api/surveillance/detect",
                        "{\"algorithm\":\"earsC1\",\"frequency\":365,\"observed\":[" + observed + "]}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("observed");
        assertThat(response.json().get("detail").asString()).contains("20000");
    }

    @Test
    void aVillageDoctorMayNotRunDetectors() {
        var response = ApiClient.as(port, "village-doctor")
                .post("/api/surveillance/detect", "{\"algorithm\":\"earsC1\",\"frequency\":365,\"observed\":[1]}");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("ACCESS_DENIED");
    }

    private static List<String> lines(String file) throws IOException {
        try (InputStream in =
                DetectionApiIntegrationTests.class.getResourceAsStream("/surveillance/reference/" + file)) {
            assertThat(in).as(file).isNotNull();
            List<String> all = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return all.subList(1, all.size());
        }
    }
}
