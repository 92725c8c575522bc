package org.regionalhealth.vaccination;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
 * The one-stop visit end to end in the browser: the parent books the self-paid influenza vaccine for a child on the
 * phone and pays; the nurse checks the child in, does the pre-vaccination check, takes the signature on the screen,
 * scans the traceability code and the 30-minute observation starts; the child's certificate, due list and health
 * record show the dose.
 */
@PlatformIntegrationTest
class VaccinationBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aParentBooksAndPaysTheNurseChecksScansAndObserves() {
        var parent = browser.loginAs("resident", ApiClient.DEMO_PASSWORD);
        parent.setViewportSize(390, 844);
        parent.navigate(browser.url("/vaccination/family"));
        var childName = parent.locator("#member-tabs a.active").textContent().split(" · ")[0];
        long child = jdbc.sql(
                        """
                        select g.child_resident_id from vaccination_guardian g join residents_resident r
                          on r.id = g.child_resident_id
                        join platform_account a on a.resident_id = g.guardian_resident_id
                        where a.username = 'resident' and r.name = ? limit 1""")
                .param(childName)
                .query(Long.class)
                .single();
        assertThat(parent.locator("#product-IIV")).isVisible();
        BrowserSession.screenshot(parent, "vaccination-family");
        assertThat((Boolean) parent.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
        parent.check("#product-IIV");
        parent.fill("#day", LocalDate.now(clock).toString());
        parent.click("#book-submit");
        assertThat(parent.locator("#booked")).isVisible();
        parent.click(".pay-button");
        assertThat(parent.locator("#paid")).isVisible();
        assertThat(parent.locator("#visits")).containsText("已缴费");

        var nurse = browser.loginAs("vaccination-nurse", ApiClient.DEMO_PASSWORD);
        nurse.navigate(browser.url("/vaccination/station"));
        nurse.locator(
                        "#queue-table a.queue-link",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText(childName))
                .first()
                .click();
        nurse.click("#arrive");
        nurse.fill("#temperature", "36.5");
        nurse.click("#check-submit");
        assertThat(nurse.locator("#visit-state")).hasText("已预检");
        nurse.fill("#signedBy", "家长");
        var pad = nurse.locator("#signature-pad").boundingBox();
        nurse.mouse().move(pad.x + 20, pad.y + 40);
        nurse.mouse().down();
        nurse.mouse().move(pad.x + 120, pad.y + 90, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        nurse.mouse().move(pad.x + 220, pad.y + 50, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        nurse.mouse().up();
        nurse.click("#consent-submit");
        assertThat(nurse.locator("#visit-state")).hasText("已签知情同意");
        assertThat(nurse.locator("#paid-tag")).isVisible();
        String clinic = nurse.url();
        long clinicId = jdbc.sql("select unit_id from platform_account where username = 'vaccination-nurse'")
                .query(Long.class)
                .single();
        String code = jdbc.sql(
                        """
                        select c.code from vaccination_trace_code c join vaccination_lot l on l.id = c.lot_id
                        where l.clinic_id = ? and l.product = 'IIV' and l.status = 'AVAILABLE' and c.used_at is null
                        order by l.expiry, c.code limit 1""")
                .param(clinicId)
                .query(String.class)
                .single();
        nurse.fill("#trace-code", code);
        nurse.press("#trace-code", "Enter");
        assertThat(nurse.locator("#visit-state")).hasText("留观中");
        assertThat(nurse.locator("#observation-timer")).containsText("留观剩余");
        BrowserSession.screenshot(nurse, "vaccination-station-observing");
        assertThat(clinic).contains("/vaccination/station");

        parent.navigate(browser.url("/vaccination/family?child=" + child));
        assertThat(parent.locator("#certificate")).containsText("流感疫苗");
        assertThat(parent.locator("#product-IIV")).hasCount(0);

        var admin = browser.loginAs("admin", ApiClient.DEMO_PASSWORD);
        admin.navigate(browser.url("/residents/" + child));
        assertThat(admin.locator("body")).containsText("预防接种");
        assertThat(admin.locator("body")).containsText("流感疫苗");
    }
}
