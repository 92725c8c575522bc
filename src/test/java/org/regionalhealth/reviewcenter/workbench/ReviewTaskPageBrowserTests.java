package org.regionalhealth.reviewcenter.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.residents.ResidentFixtures;
import org.regionalhealth.reviewcenter.HisPrescriptions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pharmacist can judge the prescription on the task page (issue 16 item 5): an 80-year-old woman's age, sex,
 * weight, creatinine clearance, penicillin allergy and diagnoses; the amlodipine another prescription of the district
 * gave her; the unknown drug's finding beside its own line, not beside amlodipine; the decision below the
 * prescription, approve and return styled apart; on a phone nothing scrolls sideways.
 */
@PlatformIntegrationTest
class ReviewTaskPageBrowserTests extends BrowserTest {

    @Autowired
    Organizations organizations;

    @Test
    void theTaskPageShowsThePatientTheRegionalHistoryAndFindingsBesideTheirLines() {
        var fx = new WorkbenchFixtures(port, organizations);
        String idNumber = ResidentFixtures.idNumber("19460101", false);
        // another prescription of the district that reached her: her regional medication history
        fx.submit(fx.request(
                WorkbenchFixtures.number(),
                idNumber,
                WorkbenchFixtures.HYPERTENSION,
                HisPrescriptions.line("氨氯地平片", 5, "mg", "qd", 7)));
        String number = WorkbenchFixtures.number();
        long id = fx.submit(
                """
                {"institutionCode":"%s","prescriptionNumber":"%s","setting":"OUTPATIENT","issuedOn":"%s",
                 "prescriber":{"staffId":%d},
                 "patient":{"idNumber":"%s","weightKg":50,"allergies":["青霉素"],
                            "creatinineUmolPerL":110,"creatinineDate":"%s",
                            "conditions":[{"icd10":"E11","text":"2型糖尿病"}]},
                 "diagnoses":[{"icd10":"I10","text":"原发性高血压"}],
                 "lines":[%s, %s]}"""
                        .formatted(
                                fx.hospitalCode,
                                number,
                                HisPrescriptions.today(),
                                fx.doctorStaffId,
                                idNumber,
                                HisPrescriptions.today(),
                                HisPrescriptions.line("祖传秘方丸", 1, "丸", "tid", 3),
                                HisPrescriptions.line("二甲双胍片", 500, "mg", "tid", 7)));

        var page = browser.loginAs("pharmacist", ApiClient.DEMO_PASSWORD);
        page.setViewportSize(1440, 900);
        page.navigate(browser.url("/prescription-review/workbench?number=" + number));
        page.locator("tr[data-prescription='" + id + "'] button.claim").click();
        page.waitForSelector("#decision");

        int age = Period.between(java.time.LocalDate.of(1946, 1, 1), HisPrescriptions.today())
                .getYears();
        assertThat(page.locator("#fact-age").textContent()).contains(age + "岁");
        assertThat(page.locator("#fact-sex").textContent()).contains("女");
        assertThat(page.locator("#fact-weight").textContent()).contains("50");
        assertThat(page.locator("#fact-renal").textContent()).contains("血肌酐 110", "肌酐清除率");
        assertThat(page.locator("#fact-allergies .rt-allergy").textContent()).isEqualTo("青霉素");
        assertThat(page.locator("#fact-diagnoses").textContent()).contains("原发性高血压", "2型糖尿病");
        assertThat(page.locator("#regional-history").textContent()).contains("氨氯地平片");

        var unknown = page.locator("#rx-lines tr", new Page.LocatorOptions().setHasText("祖传秘方丸"));
        assertThat(unknown.locator(".rt-finding").count()).isGreaterThanOrEqualTo(1);
        var metformin = page.locator("#rx-lines tr", new Page.LocatorOptions().setHasText("二甲双胍片"));
        assertThat(metformin.textContent()).doesNotContain("祖传秘方丸");

        // the decision comes after the prescription, and approving does not look like returning
        double linesTop = page.locator("#rx-lines").boundingBox().y;
        double decisionTop = page.locator("#decision").boundingBox().y;
        assertThat(decisionTop).isGreaterThan(linesTop);
        assertThat(page.locator("#approve").evaluate("b => getComputedStyle(b).backgroundColor"))
                .isNotEqualTo(page.locator("#return").evaluate("b => getComputedStyle(b).backgroundColor"));
        String text = page.locator("main").innerText();
        assertThat(text).doesNotContainPattern("[A-Z_]{4,}");
        BrowserSession.screenshot(page, "review-task-desktop");

        page.setViewportSize(390, 844);
        page.reload();
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
        BrowserSession.screenshot(page, "review-task-phone");
        page.context().close();
    }
}
