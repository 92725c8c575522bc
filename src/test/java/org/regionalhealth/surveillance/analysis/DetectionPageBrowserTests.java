package org.regionalhealth.surveillance.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;

/** A CDC officer uploads a series on {@code /surveillance/detect} and compares two detectors. */
@PlatformIntegrationTest
class DetectionPageBrowserTests extends BrowserTest {

    /** 60 days of 2-4 cases a day with a jump to 25 on day 50: EARS C1 and CUSUM must both flag it. */
    private static byte[] seriesWithASpike() {
        StringBuilder csv = new StringBuilder("date,observed\n");
        LocalDate day = LocalDate.of(2025, 3, 1);
        for (int i = 1; i <= 60; i++) {
            int count = i == 50 ? 25 : 2 + (i * 7) % 3;
            csv.append(day.plusDays(i - 1)).append(',').append(count).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void uploadRunTwoDetectorsAndSeeChartAndAlarms() {
        var page = browser.loginAs("cdc", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/"));
        assertThat(page.locator("nav.mainnav a[href='/surveillance/detect']").count())
                .isEqualTo(1);
        page.click("nav.mainnav a[href='/surveillance/detect']");
        page.setInputFiles("#series-file", new FilePayload("cases.csv", "text/csv", seriesWithASpike()));
        page.selectOption("#frequency", "365");
        page.selectOption("#algorithm-1", "earsC1");
        page.selectOption("#algorithm-2", "cusum");
        page.fill("#parameters-2", "h=4; k=0.5");
        page.click("#detect-run");
        page.waitForSelector("#detect-chart canvas");
        assertThat(page.locator("#detect-error").count()).isZero();
        assertThat(page.locator(".run-error").count()).isZero();
        var rows = page.locator("#alarm-table tbody tr");
        assertThat(rows.count()).isGreaterThanOrEqualTo(2);
        assertThat(page.locator("#alarm-table tbody").textContent())
                .contains("2025-04-19")
                .contains("earsC1")
                .contains("cusum");
        BrowserSession.screenshot(page, "surveillance-detect");
        page.context().close();
    }

    @Test
    void aBadCsvShowsTheLineNumber() {
        var page = browser.loginAs("cdc", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/surveillance/detect"));
        page.setInputFiles(
                "#series-file",
                new FilePayload(
                        "bad.csv",
                        "text/csv",
                        "date,observed\n2025-03-01,2\n2025-03-02,两例\n".getBytes(StandardCharsets.UTF_8)));
        page.click("#detect-run");
        assertThat(page.locator("#detect-error").textContent())
                .contains("第 3 行")
                .contains("两例");
        assertThat(page.locator("#detect-chart").count()).isZero();
        BrowserSession.screenshot(page, "surveillance-detect-bad-csv");
        page.context().close();
    }

    @Test
    void aBadParameterIsShownForItsDetectorOnly() {
        var page = browser.loginAs("cdc", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/surveillance/detect"));
        page.setInputFiles("#series-file", new FilePayload("cases.csv", "text/csv", seriesWithASpike()));
        page.selectOption("#algorithm-1", "earsC1");
        page.selectOption("#algorithm-2", "cusum");
        page.fill("#parameters-2", "h=-1");
        page.click("#detect-run");
        page.waitForSelector("#detect-chart canvas");
        assertThat(page.locator(".run-error").textContent()).contains("h");
        assertThat(page.locator("#alarm-table tbody").textContent()).contains("earsC1");
        page.context().close();
    }

    @Test
    void aVillageDoctorCannotOpenThePage() {
        var page = browser.loginAs("village-doctor", ApiClient.DEMO_PASSWORD);
        var response = page.navigate(browser.url("/surveillance/detect"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("nav.mainnav a[href='/surveillance/detect']").count())
                .isZero();
        page.context().close();
    }
}
