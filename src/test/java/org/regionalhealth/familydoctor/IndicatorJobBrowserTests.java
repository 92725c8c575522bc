package org.regionalhealth.familydoctor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The indicator job from the indicator page: the district administrator starts it, the page follows its progress
 * (htmx polling) and shows when it finished; a village doctor has no button and cannot start it.
 */
@PlatformIntegrationTest
class IndicatorJobBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorStartsTheJobAndThePageShowsItFinish() {
        var before = lastComputed();
        var page = browser.loginAs("admin", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/familydoctor/indicators"));
        // the start-up run, computed inside the demo generation's transaction, counted its chronic patients
        assertThat(Long.parseLong(page.locator("#total-HTN_CONTROL").getAttribute("data-denominator")))
                .isPositive();
        // the answer replaces the finished start-up run with this one, running, and polls until it is done
        page.click("#recompute");
        page.waitForSelector("#job-bar");
        page.waitForSelector(
                "#job-done", new com.microsoft.playwright.Page.WaitForSelectorOptions().setTimeout(60_000));
        assertThat(page.locator("#job-done").textContent()).contains("计算完成");
        // the page answered with this run, not the one at start-up: the facts are newer than before the click
        assertThat(lastComputed()).isAfter(before);
        page.navigate(browser.url("/familydoctor/indicators"));
        // and so did this one
        assertThat(Long.parseLong(page.locator("#total-HTN_CONTROL").getAttribute("data-denominator")))
                .isPositive();
        BrowserSession.screenshot(page, "familydoctor-indicator-job-done");
        page.context().close();

        var village = browser.loginAs("village-doctor", ApiClient.DEMO_PASSWORD);
        village.navigate(browser.url("/familydoctor/indicators"));
        assertThat(village.locator("#job-progress").count()).isEqualTo(1);
        assertThat(village.locator("#recompute").count()).isZero();
        village.context().close();
        assertThat(ApiClient.as(port, "village-doctor")
                        .post("/api/familydoctor/indicators/recompute", "")
                        .status())
                .isEqualTo(403);
    }

    private java.time.OffsetDateTime lastComputed() {
        return jdbc.sql("select max(computed_at) from familydoctor_indicator_fact")
                .query(java.time.OffsetDateTime.class)
                .single();
    }
}
