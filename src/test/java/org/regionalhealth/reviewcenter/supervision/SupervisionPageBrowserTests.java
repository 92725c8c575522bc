package org.regionalhealth.reviewcenter.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.org.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supervision page in a real browser: the pharmacist sees their medical community only and its counts move when
 * a prescription is decided today; the administrator sees the district, drills down to a medical community and
 * exports the tables to Excel.
 */
@PlatformIntegrationTest
class SupervisionPageBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Organizations organizations;

    private long number(com.microsoft.playwright.Page page, String selector) {
        return Long.parseLong(page.locator(selector).textContent().trim());
    }

    @Test
    void aPharmacistSeesTheirMedicalCommunityAndItsCountsMove() {
        var mc01 = organizations.findByCode("MC01").orElseThrow();
        var mc02 = organizations.findByCode("MC02").orElseThrow();
        var page = browser.loginAs("pharmacist", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/prescription-review/supervision?period=D"));
        assertThat(page.locator("#unit-name").textContent()).isEqualTo(mc01.name());
        assertThat(page.locator("#indicator-table").textContent()).doesNotContain(mc02.name());
        long reviewed = number(page, "#kpi-reviewed");
        long returned = number(page, "#kpi-returned");

        // an open review round of the live queue in MC01 is decided now (as the workbench records a return)
        long task = jdbc.sql(
                        """
                        select t.id from prescriptionreview_review_task t
                         where t.decided_at is null and t.pool = 'MC01' order by t.id limit 1""")
                .query(Long.class)
                .single();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql(
                        """
                        update prescriptionreview_review_task set claimed_by = 'pharmacist', claimed_at = ?,
                               decided_by = 'pharmacist', decided_at = ?, outcome = 'RETURNED' where id = ?""")
                .params(now, now, task)
                .update();
        page.reload();
        assertThat(number(page, "#kpi-reviewed")).isEqualTo(reviewed + 1);
        assertThat(number(page, "#kpi-returned")).isEqualTo(returned + 1);
        BrowserSession.screenshot(page, "supervision-pharmacist-today");

        // another medical community is not there for them
        var response = page.navigate(browser.url("/prescription-review/supervision?unitId=" + mc02.id()));
        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void theAdministratorSeesTheDistrictDrillsDownAndExports() {
        var mc01 = organizations.findByCode("MC01").orElseThrow();
        var page = browser.loginAs("admin", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/prescription-review/supervision"));
        assertThat(page.locator("#unit-name").textContent())
                .isEqualTo(organizations.root().name());
        assertThat(number(page, "#kpi-prescriptions")).isGreaterThanOrEqualTo(3000);
        assertThat(page.locator("#indicator-table tbody tr").count()).isGreaterThan(3);
        page.waitForSelector("#trend-chart canvas");
        BrowserSession.screenshot(page, "supervision-district-year");

        page.locator("#indicator-table a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(mc01.name()))
                .first()
                .click();
        page.waitForLoadState();
        assertThat(page.locator("#unit-name").textContent()).isEqualTo(mc01.name());

        var download = page.waitForDownload(() -> page.click("#export"));
        assertThat(download.suggestedFilename()).endsWith(".xlsx").contains("审方监管");
    }
}
