package org.regionalhealth.reviewcenter.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.org.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 4 "Done means": the pharmacist claims and returns a prescription on the workbench; the doctor sees it among
 * the returned prescriptions, modifies it, and the modification passes; the medical community's supervision page
 * counts the review and the return today.
 */
@PlatformIntegrationTest
class WorkbenchBrowserTests extends BrowserTest {

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePharmacistReturnsAPrescriptionAndTheDoctorsModificationPasses() {
        var fx = new WorkbenchFixtures(port, organizations);
        String number = WorkbenchFixtures.number();
        long id = fx.submit(fx.queued(number));

        var pharmacist = browser.loginAs("pharmacist", ApiClient.DEMO_PASSWORD);
        pharmacist.navigate(browser.url("/prescription-review/supervision?period=D"));
        long reviewedToday = count(pharmacist, "#kpi-reviewed");
        long returnedToday = count(pharmacist, "#kpi-returned");

        pharmacist.navigate(browser.url("/prescription-review/workbench?number=" + number));
        var row = pharmacist.locator("tr[data-prescription='" + id + "']");
        assertThat(row.locator(".timer").getAttribute("class")).contains("timer-green");
        BrowserSession.screenshot(pharmacist, "workbench-queue");
        row.locator("button.claim").click();
        pharmacist.waitForSelector("#decision");
        assertThat(pharmacist.locator("#events").textContent()).contains("药师领取");
        pharmacist.check("input[name=reasons][value=DRUG_CHOICE]");
        pharmacist.fill("textarea[name=note]", "祖传秘方丸不在药品目录，请改用氨氯地平片");
        BrowserSession.screenshot(pharmacist, "workbench-decision");
        pharmacist.click("#return");
        pharmacist.waitForSelector("#message");
        assertThat(state(id)).isEqualTo("RETURNED");

        var doctor = browser.loginAs("doctor", ApiClient.DEMO_PASSWORD);
        doctor.navigate(browser.url("/prescription-review/returned"));
        var returned = doctor.locator("tr[data-prescription='" + id + "']");
        assertThat(returned.textContent())
                .contains("已退回医生")
                .contains("遴选的药品不适宜")
                .contains("请改用氨氯地平片");
        // T3 returned by a pharmacist: no double signature offered
        assertThat(returned.locator("form.double-sign").count()).isZero();
        BrowserSession.screenshot(doctor, "workbench-returned");
        returned.locator("a.modify").click();
        doctor.waitForSelector("#modify-form");
        var first = doctor.locator("tr.line").first();
        first.locator("input[name=drugName]").fill("氨氯地平片");
        first.locator("input[name=dose]").fill("5");
        first.locator("input[name=doseUnit]").fill("mg");
        first.locator("input[name=frequency]").fill("qd");
        first.locator("input[name=days]").fill("7");
        doctor.click("#submit-modification");
        doctor.waitForSelector("#story");
        assertThat(doctor.locator("#state").textContent()).isEqualTo("已通过");
        assertThat(doctor.locator("#events").textContent()).contains("退回医生").contains("医生修改");
        assertThat(doctor.locator("#patient").textContent()).contains("********");
        BrowserSession.screenshot(doctor, "workbench-story");
        assertThat(state(id)).isEqualTo("PASSED");

        // the medical community's supervision page counted the pharmacist's review and return
        pharmacist.navigate(browser.url("/prescription-review/supervision?period=D"));
        assertThat(count(pharmacist, "#kpi-reviewed")).isEqualTo(reviewedToday + 1);
        assertThat(count(pharmacist, "#kpi-returned")).isEqualTo(returnedToday + 1);
        BrowserSession.screenshot(pharmacist, "workbench-supervision-today");
    }

    private static long count(com.microsoft.playwright.Page page, String selector) {
        return Long.parseLong(page.locator(selector).textContent().trim());
    }

    private String state(long id) {
        return jdbc.sql("select review_state from prescriptionreview_prescription where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void thePharmacistTakesTheFilteredQueueAwayAsExcel() throws Exception {
        var fx = new WorkbenchFixtures(port, organizations);
        String number = WorkbenchFixtures.number();
        fx.submit(fx.queued(number));
        var pharmacist = browser.loginAs("pharmacist", ApiClient.DEMO_PASSWORD);
        pharmacist.navigate(browser.url("/prescription-review/workbench?number=" + number));
        BrowserSession.screenshot(pharmacist, "workbench-queue-excel");
        var download = pharmacist.waitForDownload(() -> pharmacist.click("#queue-excel"));
        assertThat(download.suggestedFilename()).startsWith("处方审核待审清单-").endsWith(".xlsx");
        // the workbook's text: the header in Chinese and the one filtered prescription, labelled
        StringBuilder text = new StringBuilder();
        try (var zip = new java.util.zip.ZipFile(download.path().toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                if (e.getName().equals("xl/sharedStrings.xml") || e.getName().startsWith("xl/worksheets/")) {
                    try (var in = zip.getInputStream(e)) {
                        text.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        }
        // the writer escapes characters outside ASCII as numeric references (&#35745;): read them back
        String xml = java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);")
                .matcher(text)
                .replaceAll(m -> new String(Character.toChars(
                        Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
        assertThat(xml)
                .contains("计时状态", "处方号", "机构", "就诊类型", "风险等级", "领取人", number, "正常")
                .doesNotContain("OUTPATIENT", "GENERAL", "green");
        pharmacist.context().close();
    }
}
