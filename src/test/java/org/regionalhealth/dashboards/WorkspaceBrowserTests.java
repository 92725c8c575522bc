package org.regionalhealth.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.reviewcenter.HisPrescriptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every role gets a real workspace (issue 16): the demo resident is a hypertension patient of the village doctor's
 * station with a follow-up and a hospital prescription; the village doctor lands on the to-dos and sends a reminder
 * from the worklist with a button one can see; the resident opens 我的健康档案 on a phone and sees the condition,
 * the follow-up and the prescription; the hospital doctor sees the resident because the hospital treated them, and
 * nobody else's record.
 */
@PlatformIntegrationTest
class WorkspaceBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Organizations organizations;

    @Autowired
    java.time.Clock clock;

    long resident;

    @BeforeAll
    void residentWithCareAndPrescription() {
        resident = jdbc.sql("select resident_id from platform_account where username = 'resident'")
                .query(Long.class)
                .single();
        var village = ApiClient.as(port, "village-doctor");
        var enrolled = village.post(
                "/api/familydoctor/patients",
                "{\"residentId\": %d, \"disease\": \"HYPERTENSION\"}".formatted(resident));
        assertThat(enrolled.status()).as(enrolled.body()).isIn(201, 409);
        long patient = jdbc.sql("select id from familydoctor_chronic_patient where resident_id = ? and disease = ?")
                .params(resident, "HYPERTENSION")
                .query(Long.class)
                .single();
        var followUp = village.post(
                "/api/familydoctor/patients/" + patient + "/followups",
                "{\"method\": \"CLINIC\", \"systolic\": 148, \"diastolic\": 92}");
        assertThat(followUp.status()).as(followUp.body()).isEqualTo(201);
        String idNumber = ApiClient.as(port, "admin")
                .get("/api/residents/" + resident)
                .json()
                .get("idNumber")
                .asString();
        var his = new HisPrescriptions(port, organizations);
        var screened = his.his.post(
                "/api/prescription-review/prescriptions",
                his.request(
                        HisPrescriptions.number("WS"),
                        idNumber,
                        "{\"icd10\":\"I10\",\"text\":\"原发性高血压\"}",
                        HisPrescriptions.line("氨氯地平", 5, "mg", "qd", 28)));
        assertThat(screened.status()).as(screened.body()).isIn(200, 201);
    }

    @Test
    void theDemoResidentHasAContractAndAHypertensionHistoryFromTheSeeder() {
        // seeded on first start (issue 16), not by this class's set-up, which enrols today and signs nothing
        assertThat(jdbc.sql("select count(*) from familydoctor_contract where resident_id = ? and status = 'SIGNED'")
                        .param(resident)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                """
                                select count(*) from familydoctor_followup
                                where resident_id = ? and disease = 'HYPERTENSION' and visit_date < ?""")
                        .params(resident, today().minusDays(7))
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    @Test
    void theVillageDoctorLandsOnTheToDosAndSendsAReminderFromTheWorklist() {
        var page = browser.loginAs("village-doctor", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/"));
        assertThat(page.locator("#todos a.todo").count()).isGreaterThanOrEqualTo(4);
        assertThat(page.locator("#todos").textContent()).contains("本周应随访", "2周内复查", "签约即将到期");

        page.click("#todos a.todo[href*='list-RECHECK']");
        var remind = page.locator("#list-RECHECK tr[data-resident='" + resident + "'] button.link")
                .first();
        // the button reads on a white card (it was white on white)
        assertThat(remind.evaluate("b => getComputedStyle(b).color")).isNotEqualTo("rgb(255, 255, 255)");
        long before = reminders();
        remind.click();
        page.waitForSelector("#message");
        assertThat(page.locator("#message").textContent()).isEqualTo("提醒短信已发送");
        assertThat(reminders()).isEqualTo(before + 1);
        page.context().close();
    }

    @Test
    void theResidentOpensTheHealthRecordOnAPhoneAndSeesConditionFollowUpAndPrescription() {
        var page = browser.loginAs("resident", ApiClient.DEMO_PASSWORD);
        page.setViewportSize(390, 844);
        page.navigate(browser.url("/"));
        assertThat(page.locator(".record-part").count()).isGreaterThanOrEqualTo(3);
        page.click("#my-record");
        page.waitForSelector(".record-part");
        String record = page.locator("main").textContent();
        assertThat(record).contains("慢病与随访", "高血压", "高血压随访", "血压 148/92 mmHg", "处方", "氨氯地平");
        assertThat(record).doesNotContainPattern("[A-Z_]{4,}");
        assertThat(noSidewaysScroll(page)).isTrue();
        BrowserSession.screenshot(page, "resident-health-record-phone");
        page.context().close();
    }

    @Test
    void theHospitalDoctorSeesTheResidentTreatedThereAndNoOneElse() {
        var doctor = ApiClient.as(port, "doctor");
        assertThat(doctor.get("/api/residents/" + resident).status()).isEqualTo(200);
        long stranger = jdbc.sql(
                        """
                        select r.id from residents_resident r
                        where not exists (select 1 from prescriptionreview_prescription p where p.resident_id = r.id)
                          and not exists (select 1 from familydoctor_referral f where f.resident_id = r.id)
                        order by r.id limit 1""")
                .query(Long.class)
                .single();
        assertThat(doctor.get("/api/residents/" + stranger).status()).isEqualTo(404);

        var page = browser.loginAs("doctor", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/residents/" + resident));
        assertThat(page.locator("main").textContent()).contains("氨氯地平");
        page.navigate(browser.url("/"));
        assertThat(page.locator("#todos").textContent()).contains("退回待处理处方");
        assertThat(page.locator("#resident-total").count()).isZero();
        page.context().close();
    }

    private long reminders() {
        return jdbc.sql("select count(*) from familydoctor_reminder where resident_id = ?")
                .param(resident)
                .query(Long.class)
                .single();
    }

    private static boolean noSidewaysScroll(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }
}
