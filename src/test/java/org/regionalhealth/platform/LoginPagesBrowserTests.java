package org.regionalhealth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.residents.ResidentFixtures;

/** Every demo role logs in through a real browser and sees its own home page (issue 2 §12). */
@PlatformIntegrationTest
class LoginPagesBrowserTests extends BrowserTest {

    @ParameterizedTest
    @CsvSource({
        "admin, 杭州市萧山区卫生健康局",
        "pharmacist, 医共体",
        "doctor, 医院",
        "village-doctor, ",
        "cdc, 杭州市萧山区卫生健康局",
        "school-nurse, 萧山区",
        "resident, "
    })
    void eachDemoRoleSeesItsHomePage(String username, String scopeText) {
        var page = browser.loginAs(username, ApiClient.DEMO_PASSWORD);
        assertThat(page.url()).isEqualTo(browser.url("/"));
        assertThat(page.locator("header .who").textContent()).isNotBlank();
        if (username.equals("resident")) {
            assertThat(page.locator("#my-record").isVisible()).isTrue();
        } else {
            assertThat(page.locator("#scope-name").textContent()).contains(scopeText == null ? "" : scopeText);
            // every role lands on its to-dos or its figures (issue 16); a hospital or a school has no population
            assertThat(page.locator("#todos").count()).isEqualTo(1);
            if (List.of("admin", "pharmacist", "cdc").contains(username)) {
                assertThat(Long.parseLong(
                                page.locator("#unit-total").textContent().replace(",", "")))
                        .isPositive();
                page.waitForSelector("#town-chart canvas");
            }
        }
        BrowserSession.screenshot(page, "home-" + username);
        page.context().close();
    }

    @Test
    void aWrongPasswordShowsAMessageNotAStackTrace() {
        var page = browser.loginAs("admin", "not-the-password");
        assertThat(page.url()).contains("/login?error");
        assertThat(page.locator(".alert.error").textContent()).contains("用户名或密码错误");
        assertThat(page.content()).doesNotContain("Exception");
        BrowserSession.screenshot(page, "login-wrong-password");
        page.context().close();
    }

    @Test
    void aStationDoctorCannotOpenAnotherStationsResidentPage() {
        var admin = ApiClient.as(port, "admin");
        var own = ApiClient.as(port, "village-doctor")
                .get("/api/org/units?type=STATION")
                .json()
                .get("items")
                .get(0);
        var other = admin.get("/api/org/units?type=STATION&size=5")
                .json()
                .get("items")
                .valueStream()
                .filter(s -> s.get("id").asLong() != own.get("id").asLong())
                .findFirst()
                .orElseThrow();
        long residentId = admin.post(
                        "/api/residents",
                        ResidentFixtures.json(
                                "冯雪",
                                ResidentFixtures.idNumber("19880212", false),
                                other.get("divisionCode").asString(),
                                other.get("id").asLong()))
                .json()
                .get("id")
                .asLong();

        var page = browser.loginAs("village-doctor", ApiClient.DEMO_PASSWORD);
        var response = page.navigate(browser.url("/residents/" + residentId));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("#error-message").textContent()).contains("不在您的权限范围内");
        assertThat(page.content()).doesNotContain("冯雪");
        BrowserSession.screenshot(page, "resident-out-of-scope");
        page.context().close();
    }

    @Test
    void pagesSwitchToEnglish() {
        var page = browser.loginAs("admin", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/?lang=en"));
        assertThat(page.locator("h1").textContent()).contains("Workbench");
        page.navigate(browser.url("/residents?q=zw"));
        assertThat(page.locator("h1").textContent()).contains("Resident index");
        BrowserSession.screenshot(page, "residents-en");
        page.context().close();
    }
}
