package org.regionalhealth.eldercare;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The family doctor's home-bed admission, home-bed worklist, elderly worklist and the hospice ward (issue 21). */
@PlatformIntegrationTest
class ElderCarePagesBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CurrentUsers users;

    @Autowired
    ResidentIndex residents;

    @Autowired
    HomeBeds beds;

    @Autowired
    Clock clock;

    /** An older resident of the village doctor without an open family sickbed. */
    long residentWithoutBed() {
        var details = accounts.loadUserByUsername("village-doctor");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            var user = users.require();
            return residents.bornOnOrBefore(LocalDate.now(clock).minusYears(65), user, 1000).stream()
                    .map(ResidentIndex.Aged::id)
                    .filter(id -> beds.ofResident(id, user).stream().noneMatch(HomeBed::open))
                    .findFirst()
                    .orElseThrow();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    long bedsOf(long resident) {
        return jdbc.sql("select count(*) from eldercare_home_bed where resident_id = ?")
                .param(resident)
                .query(Long.class)
                .single();
    }

    @Test
    void anAdmissionWithoutAResponsibleDoctorShowsTheProblemOnTheFieldThenTheBedOpens() {
        long resident = residentWithoutBed();
        long before = bedsOf(resident);
        var page = browser.loginAs("village-doctor", DemoSettings.DEMO_PASSWORD);
        page.navigate(browser.url("/eldercare/home-beds/new?resident=" + resident));
        page.selectOption("#indication", new SelectOption().setIndex(1));
        page.fill("#diagnosis", "脑梗死恢复期");
        page.fill("#caregiver", "李红（女儿）");
        for (var box : page.locator("#requirements input[type=checkbox]").all()) {
            box.check();
        }
        page.locator("#admit").click();
        assertThat(page.locator("#form-error")).containsText("未建床");
        assertThat(page.locator("label:has(#doctor) .field-error")).containsText("请选择责任医生");
        assertThat(page.locator("#bed-form .field-error")).hasCount(1);
        assertThat(page.locator("#diagnosis")).hasValue("脑梗死恢复期");
        assertThat(bedsOf(resident)).isEqualTo(before);
        BrowserSession.screenshot(page, "eldercare-home-bed-no-doctor");

        page.selectOption("#doctor", new SelectOption().setIndex(1));
        page.locator("#admit").click();
        assertThat(page.locator("#bed-state")).hasText("在床");
        assertThat(page.locator("#next-visit")).containsText("下次查床");
        assertThat(bedsOf(resident)).isEqualTo(before + 1);
        page.fill("#findings", "血压 130/80，神志清");
        page.locator("#record-visit").click();
        assertThat(page.locator("#visits li")).hasCount(1);

        page.navigate(browser.url("/eldercare/home-beds?tab=open"));
        assertThat(page.locator("#beds-open")).not().hasText("0");
        assertThat(page.locator("#beds li").first()).isVisible();
    }

    @Test
    void theElderlyWorklistAndTheHospiceWardFitAPhone() {
        var page = browser.loginAs("village-doctor", DemoSettings.DEMO_PASSWORD);
        page.setViewportSize(390, 844);
        page.navigate(browser.url("/eldercare/worklist"));
        assertThat(page.locator("#older")).not().hasText("0");
        assertThat(page.locator("#due-list li").first()).containsText("能力评估");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
        BrowserSession.screenshot(page, "eldercare-worklist-phone");

        page.navigate(browser.url("/eldercare/hospice?tab=referred"));
        assertThat(page.locator("#hospice-wards")).isVisible();
        assertThat(page.locator("#wards .ec-ward").first()).isVisible();
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();

        page.navigate(browser.url("/eldercare/care"));
        assertThat(page.locator("#care-figures")).isVisible();
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
    }
}
