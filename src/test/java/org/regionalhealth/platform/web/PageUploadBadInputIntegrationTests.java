package org.regionalhealth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, the page half of the bad-input replay: the CSV uploads of the channel page (the probe's "page CSV
 * uploads with an over-long class_name or a NUL character" answered 500) now answer a page, never a server error,
 * and store nothing.
 */
@PlatformIntegrationTest
class PageUploadBadInputIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void overLongAndNulClassNamesInAnUploadedCsvAreRefusedOnThePageNotAServerError() throws Exception {
        String school = jdbc.sql("select code from org_unit where type = 'SCHOOL' order by id limit 1")
                .query(String.class)
                .single();
        LocalDate day = LocalDate.now(clock);
        String header = "school_code,date,grade,class_name,enrolled,present,absent_ill,sick,symptoms,names\n";
        String marker = "坏" + UUID.randomUUID().toString().substring(0, 6);
        String[] badNames = {marker + "班".repeat(300), marker + "\u0000班"};
        for (String name : badNames) {
            for (boolean goodRowsOnly : new boolean[] {false, true}) {
                String csv = header + school + "," + day + ",4," + name + ",45,44,1,1,cough,\n";
                HttpResponse<String> answer = upload("school", csv, goodRowsOnly);
                assertThat(answer.statusCode())
                        .as(name.length() + " characters, good rows only " + goodRowsOnly)
                        .isBetween(200, 499);
                assertThat(answer.body()).doesNotContain("班".repeat(250));
            }
        }
        // the counts upload, the same classes of input in a text column
        for (String code : new String[] {"x".repeat(5000), "a\u0000b"}) {
            HttpResponse<String> answer = upload(
                    "counts", "channel,unit_code,day,category,count\npharmacy," + code + "," + day + ",ILI,3\n", false);
            assertThat(answer.statusCode()).isBetween(200, 499);
        }
        assertThat(jdbc.sql("select count(*) from surveillance_school_class where class_name like ?")
                        .param(marker + "%")
                        .query(Long.class)
                        .single())
                .as("nothing stored")
                .isZero();
    }

    private HttpResponse<String> upload(String kind, String csv, boolean goodRowsOnly) throws Exception {
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString(("admin:" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        var page = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/surveillance/channels"))
                        .header("Authorization", basic)
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the page carries its CSRF token").isTrue();
        String boundary = "----rhp" + UUID.randomUUID();
        String body = part(boundary, "_csrf", csrf.group(1))
                + part(boundary, "kind", kind)
                + (goodRowsOnly ? part(boundary, "goodRowsOnly", "true") : "")
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/surveillance/channels"))
                        .header("Authorization", basic)
                        .header("Accept", "text/html")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
}
