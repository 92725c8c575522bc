package org.regionalhealth.appointments.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;

/** The resident's phone: triage → department with the reason → one tap books → 我的预约; a red flag shows 120 first. */
@PlatformIntegrationTest
class AppointmentsBrowserTests extends BrowserTest {

    private Page phone() {
        Page page = browser.loginAs("resident", "Demo@2026");
        page.setViewportSize(390, 844);
        return page;
    }

    @Test
    void feverishChildToPaediatricsBookedInOneTap() {
        Page page = phone();
        page.navigate(browser.url("/appointments"));
        assertThat(page.textContent("#ai-label")).contains("AI", "不是医生的诊断");
        page.fill("#text", "孩子发烧38度5咳嗽两天");
        page.click("#triage-submit");
        page.waitForSelector("#advice");
        assertThat(page.textContent("#department")).isEqualTo("儿科");
        assertThat(page.textContent("#reason")).contains("14岁以下儿童", "38.5℃");
        assertThat(page.locator("#emergency").count()).isZero();
        String earliest = page.textContent("#book-0 .ap-slot-when");
        String where = page.textContent("#book-0 .ap-slot-where");
        assertThat(where).contains("儿科");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(390);
        BrowserSession.screenshot(page, "appointments-triage-child");
        page.click("#book-0");
        page.waitForSelector("#booked");
        assertThat(page.url()).contains("/appointments/mine?booked=");
        assertThat(page.textContent("#booked")).contains("预约成功", earliest);
        assertThat(page.textContent("#appointments")).contains("儿科", "待就诊");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(390);
        BrowserSession.screenshot(page, "appointments-mine");
    }

    @Test
    void crushingChestPainShows120First() {
        Page page = phone();
        page.navigate(browser.url("/appointments"));
        page.fill("#text", "胸口压榨样疼出冷汗");
        page.click("#triage-submit");
        page.waitForSelector("#emergency");
        assertThat(page.textContent("#emergency h2")).contains("立即拨打120");
        assertThat(page.getAttribute("#call-120", "href")).isEqualTo("tel:120");
        assertThat(page.textContent("#nearest-emergency")).contains("医院");
        assertThat(page.locator("#slots").count()).isZero();
        // 120 comes before everything else on the page
        Object emergencyFirst = page.evaluate(
                "document.querySelector('#emergency').compareDocumentPosition(document.querySelector('#triage-form')) & Node.DOCUMENT_POSITION_FOLLOWING");
        assertThat(((Number) emergencyFirst).intValue()).isPositive();
        BrowserSession.screenshot(page, "appointments-triage-120");
    }

    @Test
    void staffSeeTheScheduleAndTheDashboard() {
        Page admin = browser.loginAs("admin", "Demo@2026");
        admin.navigate(browser.url("/appointments/schedule"));
        assertThat(admin.locator("#sessions tbody tr").count()).isPositive();
        admin.navigate(browser.url("/appointments/dashboard"));
        assertThat(admin.textContent("#fill-rate")).endsWith("%");
        assertThat(admin.locator("#institutions tbody tr").count()).isPositive();
        BrowserSession.screenshot(admin, "appointments-dashboard");
    }
}
