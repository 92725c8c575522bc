package org.regionalhealth.reviewcenter.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;

/**
 * The administrator replays a candidate tier mapping in the browser: the run page follows the progress by htmx until
 * it is done, shows what would change, and records the decision.
 */
@PlatformIntegrationTest
class ReplayPageBrowserTests extends BrowserTest {

    @Test
    void theAdministratorReplaysACandidateAndRecordsTheDecision() {
        Page page = browser.loginAs("admin", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/prescription-review/replay"));
        assertThat(page.locator("#override-table").isVisible()).isTrue();
        page.fill("#days", "30");
        page.selectOption("#policy-T2", "PHARMACIST_REVIEW");
        page.fill("#note", "T2 改为药师必审");
        page.click("#start-replay");
        page.waitForURL("**/prescription-review/replay/*");
        // htmx polls the progress fragment until the replay is done (a locator wait: the page's CSP forbids eval)
        // the status shows its label (已完成); the code stays in data-status
        page.locator("#run-status[data-status=DONE]")
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(60_000));
        long before = Long.parseLong(page.locator("#queue-before").textContent().trim());
        long after = Long.parseLong(page.locator("#queue-after").textContent().trim());
        // every T2 alert now needs a pharmacist: the queue grows
        assertThat(after).isGreaterThan(before);
        BrowserSession.screenshot(page, "replay-run-done");

        page.fill("#reason", "回放显示药师复核量增加过多，暂不启用");
        page.click("#decline");
        page.waitForSelector("#decisions li");
        assertThat(page.locator("#decisions li[data-decision=DECLINED]").textContent())
                .contains("不启用")
                .contains("admin");
        assertThat(page.locator("#decision-form").count()).isZero();
    }
}
