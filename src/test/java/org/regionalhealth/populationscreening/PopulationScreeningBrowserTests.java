package org.regionalhealth.populationscreening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.DemoLogin;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.DemoSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A family doctor records a colorectal first stage (every error at once, then a positive FIT), sees the referral
 * clock, records the colonoscopy; the CDC reads the dashboard on a 390 px phone (issue 21).
 */
@PlatformIntegrationTest
class PopulationScreeningBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CurrentUsers users;

    @Autowired
    java.time.Clock clock;

    /** An invited colorectal participant in the village doctor's scope. */
    private long invitedOfVillageDoctor() {
        DemoLogin.authenticate(accounts, "village-doctor");
        try {
            return jdbc.sql(
                            """
                            select id from populationscreening_participant
                             where programme = 'COLORECTAL' and state = 'INVITED' and unit_path like ?
                             order by id desc limit 1""")
                    .param(users.require().scope().likePattern())
                    .query(Long.class)
                    .single();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String state(long id) {
        return jdbc.sql("select state from populationscreening_participant where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void aFamilyDoctorRecordsAPositiveFitAndTheColonoscopy() {
        long id = invitedOfVillageDoctor();
        var page = browser.loginAs("village-doctor", DemoSettings.DEMO_PASSWORD);
        page.navigate(browser.url("/populationscreening/worklist?view=DUE&programme=COLORECTAL"));
        assertThat(page.locator("#views a.active")).containsText("待筛查");
        assertThat(page.locator("#worklist li").first()).containsText("结直肠癌筛查");

        page.navigate(browser.url("/populationscreening/participants/" + id));
        assertThat(page.locator("#state")).hasText("待筛查");
        // nothing chosen and no date: every field named at once, the ticked item kept, nothing stored
        page.fill("#screenedOn", "");
        page.locator("input[name=findings][value=CHRONIC_DIARRHOEA]").check();
        page.locator("#save-first-stage").click();
        assertThat(page.locator("#form-error")).isVisible();
        assertThat(page.locator("#first-stage .field-error")).hasCount(3);
        assertThat(page.locator("#fit1 .field-error")).containsText("第1次");
        assertThat(page.locator("input[name=findings][value=CHRONIC_DIARRHOEA]"))
                .isChecked();
        assertThat(state(id)).isEqualTo("INVITED");

        // first FIT positive: referred, with the colonoscopy's last day
        page.locator("#screenedOn")
                .fill(java.time.LocalDate.now(clock).minusDays(2).toString());
        page.locator("#fit1 input[value=POSITIVE]").check();
        page.locator("#fit2 input[value=NEGATIVE]").check();
        page.locator("#save-first-stage").click();
        assertThat(page.locator("#state")).hasText("阳性待检查");
        assertThat(page.locator("#result")).containsText("粪便隐血阳性");
        assertThat(page.locator("#due")).isVisible();
        BrowserSession.screenshot(page, "populationscreening-referred");
        assertThat(state(id)).isEqualTo("REFERRED");

        // the colonoscopy: an advanced adenoma
        page.locator("#outcomes input[value=CRC_ADVANCED_ADENOMA]").check();
        page.locator("#save-follow-up").click();
        assertThat(page.locator("#state")).hasText("已完成检查");
        assertThat(page.locator("#outcome")).hasText("进展期腺瘤");
        assertThat(page.locator("#history li")).hasCount(3);
        assertThat(state(id)).isEqualTo("COMPLETED");
    }

    @Test
    void theCdcReadsTheDashboardOnAPhone() {
        var page = browser.loginAs("cdc", DemoSettings.DEMO_PASSWORD);
        page.setViewportSize(390, 844);
        page.navigate(browser.url("/populationscreening"));
        assertThat(page.locator("#fig-invited")).not().hasText("0");
        assertThat(page.locator("#towns tbody tr").first()).isVisible();
        assertThat(page.locator("#rule")).containsText("待核实");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
        BrowserSession.screenshot(page, "populationscreening-dashboard-phone");
        page.navigate(browser.url("/populationscreening?programme=AUTISM"));
        assertThat(page.locator("#programmes a.active")).hasText("儿童孤独症筛查");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
    }
}
