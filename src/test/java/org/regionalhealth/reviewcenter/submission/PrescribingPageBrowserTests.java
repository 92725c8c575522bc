package org.regionalhealth.reviewcenter.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;

/** Issue 3 "Done means": a doctor screens from a page and sees the cards. */
@PlatformIntegrationTest
class PrescribingPageBrowserTests extends BrowserTest {

    @Test
    void theDoctorScreensAStatinWithClarithromycinAndSeesTheInteractionCard() {
        var page = browser.loginAs("doctor", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/prescriptions/new"));
        page.click("#example-ddi");
        assertThat(page.inputValue("#drug-0")).isEqualTo("辛伐他汀片");
        page.click("#rx-screen");
        page.waitForSelector(".rx-card.critical");
        assertThat(page.locator("#rx-action").textContent()).isNotEqualTo("通过");
        assertThat(page.locator(".rx-card.critical").first().textContent())
                .contains("辛伐他汀")
                .contains("克拉霉素")
                .contains("来源");
        BrowserSession.screenshot(page, "prescribing-ddi");
    }

    @Test
    void aLineWithoutADoseGetsAReadableMessage() {
        var page = browser.loginAs("doctor", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/prescriptions/new"));
        page.fill("#drug-0", "布洛芬片");
        page.fill("#dose-0", "");
        page.click("#rx-screen");
        page.waitForSelector("#rx-errors");
        assertThat(page.locator("#rx-errors").textContent()).contains("缺少单次剂量");
    }
}
