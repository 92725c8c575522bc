package org.regionalhealth.reviewcenter.submission;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;

/** Issue 3 "Done means": a doctor screens from a page and sees the cards; issue 14: skin test, errors on their field. */
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
    void theDoctorRecordsANegativeSkinTestForAmoxicillinAndTheSkinTestCardDisappears() {
        var page = browser.loginAs("doctor", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/prescriptions/new"));
        // nothing is prefilled: no frequency the doctor did not choose
        assertThat(page.inputValue("#frequency-0")).isEmpty();
        page.fill("#drug-0", "阿莫西林胶囊");
        page.fill("#dose-0", "0.5");
        page.fill("#unit-0", "g");
        page.fill("#frequency-0", "tid");
        page.fill("#days-0", "3");
        page.fill("#route-0", "口服");
        page.click("#rx-screen");
        var skinCard = page.locator(".rx-card[data-rule='SKIN_TEST_MISSING']");
        assertThat(skinCard).hasCount(1);
        assertThat(skinCard).containsText("皮试");
        assertThat(page.locator("#skin-0")).isVisible();
        page.selectOption("#skin-0", "NEGATIVE");
        page.click("#rx-screen");
        assertThat(skinCard).hasCount(0);
        assertThat(page.locator("#rx-verdict")).isVisible();
        assertThat(page.locator("#skin-0")).hasValue("NEGATIVE");
        assertThat(page.locator("#drug-0")).hasValue("阿莫西林胶囊");
        BrowserSession.screenshot(page, "prescribing-skin-test");
    }

    @Test
    void aBadDoseShowsItsErrorOnTheDoseFieldWithTheOtherInputsKept() {
        var page = browser.loginAs("doctor", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/prescriptions/new"));
        page.fill("#birthDate", "1970-05-01");
        page.fill("#drug-0", "阿莫西林胶囊");
        page.fill("#dose-0", "0");
        page.fill("#unit-0", "g");
        page.fill("#days-0", "5");
        page.click("#rx-screen");
        var doseError = page.locator("#dose-0 + .field-error");
        assertThat(doseError).hasText("单次剂量须大于0");
        // all errors at once: the missing frequency too, each on its own field
        assertThat(page.locator("#frequency-0 + .field-error")).hasText("请选择频次");
        assertThat(page.locator("#rx-errors")).containsText("第1行 单次剂量：单次剂量须大于0");
        assertThat(page.locator("#rx-errors")).not().containsText("lines[");
        assertThat(page.locator("#drug-0")).hasValue("阿莫西林胶囊");
        assertThat(page.locator("#unit-0")).hasValue("g");
        assertThat(page.locator("#days-0")).hasValue("5");
        assertThat(page.locator("#birthDate")).hasValue("1970-05-01");
        assertThat(page.locator("#dose-0")).hasValue("0");
        BrowserSession.screenshot(page, "prescribing-errors");
    }

    @Test
    void aLineWithoutADoseGetsAReadableMessage() {
        var page = browser.loginAs("doctor", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/prescriptions/new"));
        page.fill("#drug-0", "布洛芬片");
        page.fill("#dose-0", "");
        page.click("#rx-screen");
        assertThat(page.locator("#rx-errors")).containsText("请填写单次剂量");
        assertThat(page.locator("#dose-0 + .field-error")).hasText("请填写单次剂量");
    }
}
