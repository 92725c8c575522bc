package org.regionalhealth.healthcity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.platform.DemoSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A department officer submits an indicator with evidence; the department's reviewer and the district approve it. */
@PlatformIntegrationTest
class HealthCityBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aDepartmentOfficerSubmitsWithEvidenceAndTheReviewersApprove() {
        int year = LocalDate.now(clock).getYear();
        var page = browser.loginAs("dept-sports", DemoSettings.DEMO_PASSWORD);
        page.navigate(browser.url("/healthcity/submissions?year=" + year));
        // 城乡居民达到《国民体质测定标准》合格以上的人数比例 (区文广旅体局)
        page.locator("#status-HC33 .submit-link").click();
        var inputs = page.locator("#submit-form input[id^=v_]");
        inputs.first().waitFor(); // count() does not wait for the form page to load
        int n = inputs.count();
        assertThat(n).isPositive();
        // one mistake first: the form answers on the field and keeps the input
        for (int i = 0; i < n; i++) {
            inputs.nth(i).fill(i == 0 ? "120" : "92.5");
        }
        page.locator("#submit").click();
        assertThat(page.locator("#submit-error")).isVisible();
        assertThat(page.locator("#submit-form .field-error")).hasCount(2); // the value and the missing evidence
        assertThat(inputs.nth(1)).hasValue("92.5");
        inputs.nth(0).fill("93.1");
        page.locator("#evidence")
                .setInputFiles(new FilePayload(
                        "国民体质监测报告.pdf",
                        "application/pdf",
                        "%PDF-1.4\n% 国民体质监测\n%%EOF\n".getBytes(StandardCharsets.UTF_8)));
        page.locator("#submit").click();
        assertThat(page.locator("#submitted")).isVisible();
        assertThat(page.locator("#state")).hasText("待部门审核");
        assertThat(page.locator("#evidence a")).hasText("国民体质监测报告.pdf");
        // the submitter sees no approve button on their own submission
        assertThat(page.locator("#approve")).hasCount(0);
        String url = page.url().replaceAll("\\?.*", "");
        BrowserSession.screenshot(page, "healthcity-submitted");

        var lead = browser.loginAs("dept-sports-lead", DemoSettings.DEMO_PASSWORD);
        lead.navigate(url);
        lead.locator("#approve").click();
        assertThat(lead.locator("#approved")).isVisible();
        assertThat(lead.locator("#state")).hasText("待区爱卫办审定");

        var admin = browser.loginAs("admin", DemoSettings.DEMO_PASSWORD);
        admin.navigate(url);
        admin.locator("#approve").click();
        assertThat(admin.locator("#state")).hasText("已审定");
        BrowserSession.screenshot(admin, "healthcity-approved");
        assertThat(jdbc.sql(
                                "select count(*) from healthcity_value where code = 'HC33' and year = ? and origin = 'FORM'")
                        .param(year)
                        .query(Long.class)
                        .single())
                .isEqualTo((long) n);
    }

    @Test
    void theRankingAndTheTownDrillDownFitOnAPhone() {
        var page = browser.loginAs("admin", DemoSettings.DEMO_PASSWORD);
        page.setViewportSize(390, 844);
        page.navigate(browser.url("/healthcity"));
        assertThat(page.locator("#ranking tbody tr").first()).isVisible();
        assertThat(page.locator("#most-improved li").first()).isVisible();
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
        page.locator("#ranking tbody tr a").first().click();
        assertThat(page.locator("#town-score")).isVisible();
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
    }
}
