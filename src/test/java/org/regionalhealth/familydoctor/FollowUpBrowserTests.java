package org.regionalhealth.familydoctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 7, “Done means”: the village doctor opens today's worklist, records a hypertension follow-up at 165/100
 * mmHg, a recheck due in 2 weeks appears, a second uncontrolled visit creates a referral, and the station's control
 * rate changes accordingly.
 */
@PlatformIntegrationTest
class FollowUpBrowserTests extends BrowserTest {

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVillageDoctorWorksThroughAnUncontrolledHypertensionPatient() {
        var today = LocalDate.now(clock);
        // a hypertension patient of the station, enrolled 100 days ago and controlled at that visit: overdue now
        var village = ApiClient.as(port, "village-doctor");
        long resident =
                FamilyDoctorFixtures.resident(port, FamilyDoctorFixtures.ownStation(port), "蒋秀英", "19700412", false);
        long patient = FamilyDoctorFixtures.enrol(village, resident, "HYPERTENSION");
        jdbc.sql("update familydoctor_chronic_patient set registered_on = ?, next_due = ? where id = ?")
                .params(today.minusDays(100), today.minusDays(100), patient)
                .update();
        var baseline = FamilyDoctorFixtures.followUp(
                village,
                patient,
                "{\"method\": \"CLINIC\", \"systolic\": 128, \"diastolic\": 80, \"visitDate\": \"%s\"}"
                        .formatted(today.minusDays(100)));
        assertThat(baseline.json().get("outcome").get("visitClass").asString()).isEqualTo("CONTROLLED");

        var page = browser.loginAs("village-doctor", ApiClient.DEMO_PASSWORD);
        long[] before = controlRate(page);

        page.navigate(browser.url("/familydoctor/worklist"));
        var overdueRow = page.locator("#list-OVERDUE tr[data-patient='" + patient + "']");
        assertThat(overdueRow.textContent()).contains("蒋秀英").contains("高血压");
        BrowserSession.screenshot(page, "familydoctor-worklist");
        overdueRow.locator("a.open-patient").click();
        page.waitForSelector("#followup-form");

        record(page, "165", "100");
        assertThat(page.locator("#outcome-class").textContent()).isEqualTo("控制不满意");
        assertThat(page.locator("#outcome-action").textContent()).isEqualTo("2周内随访");
        assertThat(page.locator("#outcome-next").textContent())
                .isEqualTo(today.plusDays(14).toString());
        BrowserSession.screenshot(page, "familydoctor-followup-recheck");
        // the follow-up chart draws the visits (ECharts from the page's JSON block) and the record prints (issue 16)
        page.waitForSelector("#fd-trend canvas");
        assertThat(page.locator("#fd-trend-data").textContent())
                .contains(today.minusDays(100).toString())
                .contains("165")
                .contains("128");
        assertThat(page.locator("#print-record").textContent()).isEqualTo("打印随访记录");
        BrowserSession.screenshot(page, "familydoctor-followup-trend");
        page.setViewportSize(390, 844);
        BrowserSession.screenshot(page, "familydoctor-followup-trend-phone");
        page.setViewportSize(1440, 900);

        page.click("#back-to-worklist");
        var recheckRow = page.locator("#list-RECHECK tr[data-patient='" + patient + "']");
        assertThat(recheckRow.locator(".due").textContent())
                .isEqualTo(today.plusDays(14).toString());
        assertThat(page.locator("#list-OVERDUE tr[data-patient='" + patient + "']")
                        .count())
                .isZero();
        long[] afterFirst = controlRate(page);
        assertThat(afterFirst[1]).isEqualTo(before[1]);
        assertThat(afterFirst[0]).isEqualTo(before[0] - 1);

        page.navigate(browser.url("/familydoctor/worklist"));
        page.locator("#list-RECHECK tr[data-patient='" + patient + "'] a.open-patient")
                .click();
        record(page, "158", "96");
        assertThat(page.locator("#outcome-action").textContent()).contains("转诊");
        assertThat(page.locator("#outcome-referral").isVisible()).isTrue();
        BrowserSession.screenshot(page, "familydoctor-followup-referral");

        page.click("#back-to-worklist");
        var referralRow = page.locator("#list-REFERRAL tr[data-patient='" + patient + "']");
        assertThat(referralRow.textContent()).contains("连续两次控制不满意");
        assertThat(referralRow.locator(".due").textContent())
                .isEqualTo(today.plusDays(14).toString());

        // a controlled visit brings the station's rate back
        page.navigate(browser.url("/familydoctor/patients/" + patient));
        record(page, "132", "84");
        assertThat(page.locator("#outcome-class").textContent()).isEqualTo("控制满意");
        long[] afterControlled = controlRate(page);
        assertThat(afterControlled[0]).isEqualTo(before[0]);
        BrowserSession.screenshot(page, "familydoctor-indicators-station");
        page.context().close();
    }

    private static void record(Page page, String systolic, String diastolic) {
        page.fill("#systolic", systolic);
        page.fill("#diastolic", diastolic);
        page.click("#record-followup");
        page.waitForSelector("#outcome");
    }

    /** The station's blood-pressure control rate on the indicator page: {numerator, denominator}. */
    private long[] controlRate(Page page) {
        page.navigate(browser.url("/familydoctor/indicators"));
        var cell = page.locator("#total-HTN_CONTROL");
        return new long[] {
            Long.parseLong(cell.getAttribute("data-numerator")), Long.parseLong(cell.getAttribute("data-denominator"))
        };
    }
}
