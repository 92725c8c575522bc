package org.regionalhealth.ecg.worklist;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.platform.DemoSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chain of survival's first kilometre (issue 20): a station sends an ECG, an ECG physician reads it from the
 * worklist, reports a suspected STEMI, and the station sees the call-back and confirms it; the chest-pain centre sees
 * the alert with its clock and takes it; the times are recorded.
 */
@PlatformIntegrationTest
class EcgCallBackBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPhysicianReportsASuspectedStemiAndTheStationSeesAndConfirmsTheCallBack() {
        var uploaded = ApiClient.as(port, "ecg-station")
                .post(
                        "/api/ecg/recordings",
                        EcgFixtures.stemi(EcgFixtures.stationResident(jdbc, 7), 41),
                        "application/xml");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long id = uploaded.json().get("id").asLong();

        var page = browser.loginAs("ecg-physician", DemoSettings.DEMO_PASSWORD);
        page.navigate(browser.url("/ecg/worklist"));
        assertThat(page.locator("#stemi-waiting")).isVisible();
        assertThat(page.locator("#worklist tbody tr").first().locator(".ecg-priority"))
                .hasText("危急");
        page.navigate(browser.url("/ecg/recordings/" + id));
        assertThat(page.locator("#preread-stemi")).containsText("II、III、aVF");
        assertThat(page.locator(".ecg-svg polyline")).hasCount(13);
        // calipers: two taps 100 px apart on the strip give an interval in ms and the amplitude
        page.locator("#caliper-toggle").click();
        var strip = page.locator(".ecg-svg");
        strip.click(new com.microsoft.playwright.Locator.ClickOptions().setPosition(200, 100));
        strip.click(new com.microsoft.playwright.Locator.ClickOptions().setPosition(300, 100));
        assertThat(page.locator("#cal-ms")).hasText(java.util.regex.Pattern.compile("^\\d+$"));
        assertThat(page.locator("#cal-mv")).hasText("+0.00");
        assertThat(page.locator(".ecg-caliper line")).hasCount(3);
        page.locator("#zoom-2").click();
        assertThat(strip).hasAttribute("style", java.util.regex.Pattern.compile("width: [0-9.]+mm"));
        page.locator("#zoom-fit").click();
        page.locator("#claim").click();

        // nothing chosen and no conclusion: both named at once, nothing signed
        page.selectOption("#rhythm", "");
        page.locator("#sign").click();
        assertThat(page.locator("#report-form .field-error")).hasCount(2);
        assertThat(page.locator("#rate")).not().hasValue("");

        page.selectOption("#rhythm", "SINUS");
        page.fill("#conclusion", "窦性心律；II、III、aVF 导联 ST 段抬高：急性下壁ST段抬高型心肌梗死");
        assertThat(page.locator("#critical")).isChecked();
        assertThat(page.locator("#finding")).hasValue("STEMI");
        page.locator("#sign").click();
        assertThat(page.locator("#reported-ok")).containsText("危急值回呼");
        assertThat(page.locator("#callback-state")).containsText("等待发送机构确认");
        assertThat(page.locator("#critical-finding")).containsText("疑似急性ST段抬高型心肌梗死");
        assertThat(page.locator("#callback-steps li")).hasCount(2);
        BrowserSession.screenshot(page, "ecg-report");

        var station = browser.loginAs("ecg-station", DemoSettings.DEMO_PASSWORD);
        station.navigate(browser.url("/"));
        assertThat(station.locator("#todos")).containsText("心电危急值回呼待确认");
        station.navigate(browser.url("/ecg/station"));
        var banner = station.locator("#callback-" + id);
        assertThat(banner).containsText("急性下壁ST段抬高型心肌梗死");
        BrowserSession.screenshot(station, "ecg-station-callback");
        station.locator("#confirm-" + id).click();
        assertThat(station.locator("#callback-" + id)).hasCount(0);

        // the chest-pain centre sees who, when, the finding and the clock from the ECG's time, and takes the alert
        var centre = browser.loginAs("chest-pain", DemoSettings.DEMO_PASSWORD);
        centre.navigate(browser.url("/"));
        assertThat(centre.locator("#todos")).containsText("胸痛中心危急值预警");
        centre.navigate(browser.url("/ecg/chest-pain"));
        var alert = centre.locator("#alert-" + id);
        assertThat(alert.locator(".ecg-alert-finding")).hasText("疑似急性ST段抬高型心肌梗死");
        assertThat(alert).containsText("2026-12-01 09:00");
        assertThat(alert.locator("#clock-" + id)).containsText("心电图后");
        assertThat(alert.locator(".ecg-alert-patient")).not().hasText("—");
        assertThat(alert.locator("#steps-" + id + " li")).hasCount(3);
        BrowserSession.screenshot(centre, "ecg-chest-pain");
        centre.locator("#next-" + id).click();
        assertThat(centre.locator("#steps-" + id + " li")).hasCount(4);
        assertThat(centre.locator("#steps-" + id)).containsText("胸痛中心接收");

        var times = jdbc.sql(
                        "select uploaded_at <= callback_at and callback_at <= callback_confirmed_at from ecg_recording where id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
        assertThat(times).isTrue();
    }
}
