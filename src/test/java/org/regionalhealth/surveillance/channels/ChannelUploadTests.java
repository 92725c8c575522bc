package org.regionalhealth.surveillance.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Channel batches: a bad row rejects the batch with a row-level report, unless only the good rows are wanted. */
@PlatformIntegrationTest
class ChannelUploadTests extends BrowserTest {

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private String unit(String type, int offset) {
        return jdbc.sql("select code from org_unit where type = ? order by id offset ? limit 1")
                .params(type, offset)
                .query(String.class)
                .single();
    }

    private long stored(String unitCode, String channel) {
        return jdbc.sql(
                        """
                        select count(*) from surveillance_daily_count c join org_unit u on u.id = c.unit_id
                        where u.code = ? and c.channel = ? and c.day = ?""")
                .params(unitCode, channel, LocalDate.now(clock))
                .query(Long.class)
                .single();
    }

    @Test
    void aBatchWithABadRowStoresNothingUnlessOnlyTheGoodRowsAreWanted() {
        String clinic = unit("HOSPITAL", 2);
        LocalDate day = LocalDate.now(clock); // the demo simulator fills up to yesterday
        String rows =
                """
                [{"channel": "visits", "unitCode": "%1$s", "day": "%2$s", "category": "ili", "count": 12},
                 {"channel": "visits", "unitCode": "%1$s", "day": "%2$s", "category": "fever", "count": -1},
                 {"channel": "pharmacy", "unitCode": "%1$s", "day": "%2$s", "category": "antipyretic", "count": 3}]"""
                        .formatted(clinic, day);
        var admin = ApiClient.as(port, "admin");
        var rejected = admin.post("/api/surveillance/counts", "{\"rows\": " + rows + "}");
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.contentType()).contains("application/problem+json");
        assertThat(rejected.body()).contains("rows[1].count").contains("rows[2].unitCode");
        assertThat(stored(clinic, "visits")).isZero();

        var partial = admin.post("/api/surveillance/counts", "{\"goodRowsOnly\": true, \"rows\": " + rows + "}");
        assertThat(partial.status()).isEqualTo(201);
        assertThat(partial.json().get("imported").asInt()).isEqualTo(1);
        assertThat(partial.json().get("errors").size()).isEqualTo(2);
        assertThat(stored(clinic, "visits")).isEqualTo(1);
    }

    @Test
    void theUploadPageReportsBadLinesAndImportsNothingUntilFixedOrToldToTakeTheGoodRows() {
        String pharmacy = unit("PHARMACY", 3);
        LocalDate day = LocalDate.now(clock);
        String csv = "channel,unit_code,day,category,count\n"
                + "pharmacy," + pharmacy + "," + day + ",antipyretic,31\n"
                + "pharmacy," + pharmacy + ",2026-13-40,antidiarrhoeal,4\n"
                + "pharmacy," + pharmacy + "," + day + ",cough_medicine,many\n"
                + "pharmacy," + pharmacy + "," + day + ",cough_medicine,7\n";
        var page = browser.loginAs("cdc", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/surveillance/channels"));
        FilePayload file = new FilePayload("pharmacy.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        page.setInputFiles("#counts-file", file);
        page.click("#counts-upload");
        page.waitForSelector("#upload-report");
        assertThat(page.locator("#upload-rejected").count()).isEqualTo(1);
        String errors = page.locator("#upload-errors tbody").textContent();
        assertThat(errors).contains("日期格式应为 yyyy-MM-dd：2026-13-40").contains("应为整数：many");
        assertThat(page.locator("#upload-errors tbody tr").first().textContent())
                .startsWith("3");
        assertThat(stored(pharmacy, "pharmacy")).isZero();
        BrowserSession.screenshot(page, "surveillance-channels-rejected");

        page.setInputFiles("#counts-file", file);
        page.check("#counts-good-only");
        page.click("#counts-upload");
        page.waitForSelector("#upload-report");
        assertThat(page.locator("#upload-rejected").count()).isZero();
        assertThat(page.locator("#upload-summary").textContent()).contains("导入 2 行");
        assertThat(stored(pharmacy, "pharmacy")).isEqualTo(2);
        page.context().close();
    }

    @Test
    void schoolChecksUploadedAsCsvAreValidatedRowByRowLikeTheNursesPage() {
        String school = unit("SCHOOL", 9);
        LocalDate day = LocalDate.now(clock);
        String csv = "school_code,date,grade,class_name,enrolled,present,absent_ill,sick,symptoms,names\n"
                + school + "," + day + ",4,批量1班,45,44,1,1,cough,\n"
                + school + "," + day + ",4,批量2班,45,46,0,0,,\n"
                + school + "," + day + ",4,批量3班,45,43,2,2,cough;sneezing,\n";
        var page = browser.loginAs("admin", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/surveillance/channels"));
        FilePayload file = new FilePayload("checks.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        page.setInputFiles("#school-file", file);
        page.click("#school-upload");
        page.waitForSelector("#upload-report");
        assertThat(page.locator("#upload-rejected").count()).isEqualTo(1);
        String errors = page.locator("#upload-errors tbody").textContent();
        assertThat(errors).contains("present").contains("未知症状：sneezing");
        assertThat(checks(school)).isZero();

        page.setInputFiles("#school-file", file);
        page.check("#school-good-only");
        page.click("#school-upload");
        page.waitForSelector("#upload-report");
        assertThat(page.locator("#upload-summary").textContent()).contains("导入 1 行");
        assertThat(checks(school)).isEqualTo(1);
        page.context().close();
    }

    private long checks(String schoolCode) {
        return jdbc.sql(
                        """
                        select count(*) from surveillance_school_check k
                        join surveillance_school_class c on c.id = k.class_id join org_unit u on u.id = c.school_id
                        where u.code = ? and k.check_date = ? and c.class_name like '批量%'""")
                .params(schoolCode, LocalDate.now(clock))
                .query(Long.class)
                .single();
    }
}
