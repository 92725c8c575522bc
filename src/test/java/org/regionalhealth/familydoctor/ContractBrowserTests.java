package org.regionalhealth.familydoctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The contract life cycle on the page: the village doctor sees the station's team with its capacity, takes an
 * application, approves it, signs it with the electronic signature record, sends the renewal reminder when the end
 * comes near, renews, terminates, and exports the list; the page in English too.
 */
@PlatformIntegrationTest
class ContractBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aContractGoesFromApplicationToRenewalOnThePage() {
        long resident =
                FamilyDoctorFixtures.resident(port, FamilyDoctorFixtures.ownStation(port), "郑春梅", "19620315", false);
        var page = browser.loginAs("village-doctor", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/familydoctor/contracts"));
        assertThat(page.locator("#teams tbody tr").count()).isPositive();
        String capacityBefore = page.locator("#teams tbody tr .signed").first().textContent();
        assertThat(capacityBefore).matches("\\d+/\\d+");

        page.fill("#apply input[name=residentId]", Long.toString(resident));
        page.selectOption("#apply select[name=packageCode]", "BASIC");
        page.click("#apply button[type=submit]");
        var row =
                page.locator("#contracts tr[data-resident='" + resident + "']").first();
        row.waitFor();
        assertThat(row.getAttribute("data-status")).isEqualTo("APPLIED");
        assertThat(row.textContent()).contains("郑*").doesNotContain("郑春梅");

        // one team at a time: a second application while one is open is refused on the page
        page.fill("#apply input[name=residentId]", Long.toString(resident));
        page.click("#apply button[type=submit]");
        page.waitForSelector("#error-message");
        assertThat(page.locator("#error-message").textContent()).contains("同一时期只能签约一个家庭医生团队");

        click(page, resident, "APPLIED", "button.approve");
        row = waitFor(page, resident, "APPROVED");
        row.locator("form.sign select[name=method]").selectOption("HANDWRITTEN_PAD");
        row.locator("form.sign input[name=signature]").fill("pad-stroke-data:郑春梅:2026");
        row.locator("form.sign button").click();
        row = waitFor(page, resident, "SIGNED");
        assertThat(row.locator(".signature").textContent()).contains("手写签字板");
        assertThat(row.locator(".signature span").getAttribute("title")).matches("[0-9a-f]{64}");
        BrowserSession.screenshot(page, "familydoctor-contract-signed");
        long contractId = Long.parseLong(row.getAttribute("id").substring("contract-".length()));

        // the contract's year is nearly over: it shows under "ending soon", with reminder and renewal
        jdbc.sql("update familydoctor_contract set start_date = start_date - 355, end_date = current_date + 10"
                        + " where id = ?")
                .param(contractId)
                .update();
        page.navigate(browser.url("/familydoctor/contracts?status=RENEW_SOON"));
        row = page.locator("#contract-" + contractId);
        row.locator("button.remind").click();
        page.waitForSelector("#message");
        assertThat(jdbc.sql("select count(*) from familydoctor_reminder where resident_id = ? and kind = 'RENEWAL'")
                        .param(resident)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        row = page.locator("#contract-" + contractId);
        row.locator("form.sign select[name=method]").selectOption("MOBILE_APP");
        row.locator("form.sign input[name=signature]").fill("app-token-renewal");
        row.locator("form.sign button.do-renew").click();
        // the reminder's message is still on the page until the renewal's answer replaces it: wait for the renewal
        // itself, not for any message
        for (int i = 0; i < 100 && !"RENEWED".equals(contractStatus(contractId)); i++) {
            page.waitForTimeout(100);
        }
        page.waitForSelector("#message");

        page.navigate(browser.url("/familydoctor/contracts"));
        assertThat(page.locator("#contract-" + contractId).getAttribute("data-status"))
                .isEqualTo("RENEWED");
        var renewed = waitFor(page, resident, "SIGNED");
        assertThat(renewed.textContent()).contains("手机App签名");

        renewed.locator("form.terminate input[name=reason]").fill("居民迁出本区");
        renewed.locator("form.terminate button").click();
        waitFor(page, resident, "TERMINATED");

        var download = page.waitForDownload(() -> page.click("#export"));
        assertThat(download.suggestedFilename()).endsWith(".xlsx");

        page.navigate(browser.url("/familydoctor/contracts?lang=en"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Family-doctor contracts");
        assertThat(page.locator("#contract-" + contractId + " .status").textContent())
                .isEqualTo("Renewed");
        page.context().close();
    }

    private static void click(Page page, long resident, String status, String selector) {
        page.locator("#contracts tr[data-resident='" + resident + "'][data-status='" + status + "'] " + selector)
                .click();
    }

    private static com.microsoft.playwright.Locator waitFor(Page page, long resident, String status) {
        var row = page.locator("#contracts tr[data-resident='" + resident + "'][data-status='" + status + "']");
        row.waitFor();
        return row;
    }

    String contractStatus(long contractId) {
        return jdbc.sql("select status from familydoctor_contract where id = ?")
                .param(contractId)
                .query(String.class)
                .single();
    }
}
