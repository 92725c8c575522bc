package org.regionalhealth.consultation.followup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.appointments.AppointmentFixtures;
import org.regionalhealth.appointments.AppointmentStatus;
import org.regionalhealth.appointments.SessionPeriod;
import org.regionalhealth.appointments.booking.History;
import org.regionalhealth.appointments.schedule.Schedules;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 互联网复诊 in two browsers: the resident (phone, 390 px) asks for a follow-up of a diagnosis made at the doctor's
 * hospital, the doctor (1440 px) accepts it from the queue and prescribes, the resident sees the prescription waiting
 * for the pharmacist and the doctor's answer arriving without reloading.
 */
@PlatformIntegrationTest
class ConsultationBrowserTests extends BrowserTest {

    @Autowired
    Schedules schedules;

    @Autowired
    History history;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CurrentUsers users;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    /** The demo resident was diagnosed with hypertension at the demo doctor's hospital 30 days ago. */
    private long diagnosedVisit() {
        var fixtures = new AppointmentFixtures(schedules, organizations, jdbc, accounts, users);
        long residentId = fixtures.loginAs("resident").scope().residentId().orElseThrow();
        var hospital = organizations.find(fixtures.loginAs("doctor").unitId()).orElseThrow();
        long session = fixtures.session(hospital, "03.04", LocalDate.now().minusDays(30), SessionPeriod.MORNING, 3);
        history.write(
                session,
                List.of(new History.Entry(
                        session,
                        1,
                        residentId,
                        AppointmentStatus.ATTENDED,
                        Instant.now().minusSeconds(31L * 86_400),
                        Instant.now().minusSeconds(30L * 86_400),
                        1,
                        "I10",
                        "原发性高血压")));
        return jdbc.sql("select id from appointments_appointment where session_id = ?")
                .param(session)
                .query(Long.class)
                .single();
    }

    @Test
    void residentAsksDoctorAcceptsAndPrescribesResidentSeesItInReview() {
        long visit = diagnosedVisit();
        Page phone = browser.loginAs("resident", "Demo@2026");
        phone.setViewportSize(390, 844);
        phone.navigate(browser.url("/consultation"));
        assertThat(phone.locator("#rule")).containsText("不能在线首诊");
        phone.check("#visit-" + visit + " input");
        phone.fill("#complaint", "血压控制平稳，降压药快吃完了，申请续方");
        phone.click("#start-submit");
        assertThat(phone.locator("#status")).hasText("待接诊");
        String path = phone.url().substring(phone.url().indexOf("/consultation/"));
        long id = Long.parseLong(path.substring("/consultation/".length()));
        phone.fill("#text", "最近早上血压130/80左右");
        phone.click("#send");
        assertThat(phone.locator("#thread")).containsText("130/80");
        assertThat((Integer) phone.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(390);
        BrowserSession.screenshot(phone, "consultation-resident-waiting");

        Page desk = browser.loginAs("doctor", "Demo@2026");
        desk.setViewportSize(1440, 900);
        desk.navigate(browser.url("/consultation/queue"));
        assertThat(desk.locator("#row-" + id)).containsText("原发性高血压");
        BrowserSession.screenshot(desk, "consultation-queue");
        desk.click("#open-" + id);
        desk.click("#accept");
        assertThat(desk.locator("#status")).hasText("问诊中");
        assertThat(desk.locator("#thread")).containsText("130/80");
        desk.fill("#drug-0", "氨氯地平");
        desk.fill("#dose-0", "5");
        desk.fill("#days-0", "30");
        desk.click("#prescribe-submit");
        assertThat(desk.locator("#prescriptions .cs-rx-state").first()).hasText("待药师审核");
        desk.fill("#text", "血压控制得不错，继续每天一片，两周后复测");
        desk.click("#send");
        BrowserSession.screenshot(desk, "consultation-doctor");

        phone.navigate(browser.url("/consultation/" + id));
        assertThat(phone.locator("#status")).hasText("问诊中");
        assertThat(phone.locator("#prescriptions")).containsText("氨氯地平");
        assertThat(phone.locator("#prescriptions .cs-rx-state").first()).hasText("待药师审核");
        assertThat(phone.locator("#prescriptions")).containsText("等待药师审核");
        assertThat(phone.locator("#thread")).containsText("两周后复测");
        // a message sent while the resident's page is open arrives by polling, without a reload
        desk.fill("#text", "有头晕请及时告诉我");
        desk.click("#send");
        assertThat(phone.locator("#thread"))
                .containsText("有头晕", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat((Integer) phone.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(390);
        BrowserSession.screenshot(phone, "consultation-resident-prescription");
    }
}
