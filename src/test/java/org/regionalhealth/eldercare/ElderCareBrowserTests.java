package org.regionalhealth.eldercare;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
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

/** A family doctor records a GB/T 42195-2022 capability assessment and sees the grade and its services (issue 21). */
@PlatformIntegrationTest
class ElderCareBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CurrentUsers users;

    @Autowired
    Clock clock;

    /** A resident aged 65 or over in the village doctor's scope. */
    private long olderResidentOfVillageDoctor() {
        DemoLogin.authenticate(accounts, "village-doctor");
        try {
            var scope = users.require().scope();
            return jdbc.sql(
                            "select id from residents_resident where unit_path like ? and birth_date <= ? order by id limit 1")
                    .params(scope.likePattern(), LocalDate.now(clock).minusYears(65))
                    .query(Long.class)
                    .single();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aFamilyDoctorRecordsAnAssessmentAndSeesTheGradeAndItsServices() {
        long resident = olderResidentOfVillageDoctor();
        long before = jdbc.sql("select count(*) from eldercare_assessment")
                .query(Long.class)
                .single();
        var page = browser.loginAs("village-doctor", DemoSettings.DEMO_PASSWORD);
        page.navigate(browser.url("/eldercare/assessments?q=1"));
        assertThat(page.locator(".ec-search .field-error")).isVisible();
        page.navigate(browser.url("/eldercare/assessments/new?resident=" + resident));
        assertThat(page.locator("h1")).containsText("岁");

        // nothing scored: every item is named at once, nothing stored
        page.locator("#assess-submit").click();
        assertThat(page.locator("#form-error")).containsText("26");
        assertThat(page.locator("#item-EATING .field-error")).containsText("进食");
        assertThat(page.locator("#assessment-form .field-error")).hasCount(26);
        assertThat(jdbc.sql("select count(*) from eldercare_assessment")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        // 70 of 90 points: grade 1; two falls in the last month raise it to grade 2
        var scores = CapabilityScoringTests.scoresWithTotal(70);
        for (var item : AbilityItem.values()) {
            page.selectOption("select[name=" + item.name() + "]", String.valueOf(scores.get(item)));
        }
        page.fill("#careRiskEvents", "2");
        page.locator("#assess-submit").click();
        assertThat(page.locator("#grade-label")).hasText("能力中度受损（中度失能）");
        assertThat(page.locator("#total")).containsText("70");
        assertThat(page.locator("#grade")).containsText("照护风险事件");
        assertThat(page.locator("#services")).containsText("社区日间照料");
        BrowserSession.screenshot(page, "eldercare-result");
        assertThat(jdbc.sql("select grade from eldercare_assessment where resident_id = ? order by id desc limit 1")
                        .param(resident)
                        .query(String.class)
                        .single())
                .isEqualTo("MODERATE");
    }
}
