package org.regionalhealth.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.emergency.arrests.UtsteinRates;
import org.regionalhealth.emergency.rewards.RewardFund;
import org.regionalhealth.emergency.rewards.RewardState;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Ambulance coverage, the cardiac-arrest registry and the reward fund on the demo district (issue 20). */
@PlatformIntegrationTest
class ChainOfSurvivalIntegrationTests extends BrowserTest {

    @Autowired
    CardiacArrests arrests;

    @Autowired
    RewardFund rewards;

    @Autowired
    AmbulanceStations stations;

    @Autowired
    EmergencyProperties properties;

    @Autowired
    Clock clock;

    static final CurrentUser OFFICER = new CurrentUser(
            "emergency-officer",
            "调度科",
            Role.EMERGENCY_OFFICER,
            1,
            new DataScope(1, "/1/", Optional.empty()),
            CurrentUser.Channel.SYSTEM);

    private NewCardiacArrest arrest(boolean aed, boolean event, String rescuer) {
        var call = ZonedDateTime.of(2024, 6, 3, 10, 15, 0, 0, clock.getZone()).toInstant();
        return new NewCardiacArrest(
                "330109001",
                call,
                58,
                "M",
                ArrestLocation.PUBLIC,
                Witnessed.BYSTANDER,
                Aetiology.MEDICAL,
                true,
                true,
                true,
                aed,
                null,
                aed ? 1 : 0,
                FirstRhythm.SHOCKABLE,
                9,
                event,
                event,
                null,
                null,
                rescuer,
                rescuer == null ? null : "13800000000");
    }

    @Test
    void theReviewYearsFiftyThreeSuccessesAreReproducedFromTheRegistry() {
        var rates = UtsteinRates.of("district", arrests.ofYear(2025));
        assertThat(rates.attended()).isEqualTo(properties.demoArrests());
        assertThat(rates.survivedEvent()).isEqualTo(53);
        assertThat(rates.bystanderCprRate()).isBetween(0.05, 0.6);
    }

    @Test
    void theRewardIsProposedOncePaidOnceAndRefusedWhenNotEligible() {
        long id = arrests.register(arrest(true, true, "测试施救者"), OFFICER);
        var first = rewards.propose(id, OFFICER);
        var again = rewards.propose(id, OFFICER);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.state()).isEqualTo(RewardState.PROPOSED);
        assertThatThrownBy(() -> rewards.pay(first.id(), OFFICER))
                .isInstanceOf(PlatformException.class)
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo("REWARD_NOT_APPROVED"));
        rewards.decide(first.id(), true, OFFICER);
        var paid = rewards.pay(first.id(), OFFICER);
        var paidAgain = rewards.pay(first.id(), OFFICER);
        assertThat(paid.state()).isEqualTo(RewardState.PAID);
        assertThat(paidAgain.paymentRef()).isEqualTo(paid.paymentRef());
        assertThat(paidAgain.paidAt()).isEqualTo(paid.paidAt());
        // no AED: not eligible, and nothing written
        long noAed = arrests.register(arrest(false, true, "测试施救者"), OFFICER);
        assertThatThrownBy(() -> rewards.propose(noAed, OFFICER))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo("REWARD_NOT_ELIGIBLE"));
        assertThat(rewards.ofArrest(noAed)).isEmpty();
    }

    @Test
    void anInconsistentArrestIsRefusedWithEveryFieldNamed() {
        var bad = new NewCardiacArrest(
                "330109001",
                LocalDate.now(clock).plusDays(2).atStartOfDay(clock.getZone()).toInstant(),
                130,
                "M",
                ArrestLocation.HOME,
                Witnessed.BYSTANDER,
                Aetiology.MEDICAL,
                true,
                false,
                false,
                false,
                null,
                2,
                FirstRhythm.SHOCKABLE,
                9,
                false,
                true,
                true,
                1,
                null,
                null);
        assertThatThrownBy(() -> arrests.register(bad, OFFICER))
                .isInstanceOf(PlatformException.class)
                .satisfies(e -> assertThat(((PlatformException) e).fieldErrors())
                        .containsOnlyKeys("callAt", "age", "shocks", "survivedEvent"));
    }

    @Test
    void theOfficerSeesCoverageRatesAndRewardsOnPhoneAndDesktop() {
        assertThat(stations.all()).hasSize(24);
        var page = browser.loginAs("emergency-officer", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/emergency/coverage"));
        assertThat(page.locator("#coverage-figures .figure").count()).isEqualTo(3);
        assertThat(page.locator("#whatif").textContent()).contains("第25个急救站");
        assertThat(page.locator("#station-table tbody tr").count()).isEqualTo(24);
        assertThat(page.locator("#coverage-model").textContent()).contains("绕行系数");
        BrowserSession.screenshot(page, "emergency-coverage");
        page.navigate(browser.url("/emergency/arrests/rates?year=2025"));
        assertThat(page.locator("#rates-table tbody tr").last().textContent())
                .contains("全区")
                .contains("53");
        BrowserSession.screenshot(page, "emergency-rates");
        page.navigate(browser.url("/emergency/arrests?year=2025"));
        assertThat(page.locator("#successes").textContent()).isEqualTo("53");
        BrowserSession.screenshot(page, "emergency-arrests");
        page.locator("#arrest-table tbody tr a").first().click();
        page.locator(".em-facts").waitFor();
        BrowserSession.screenshot(page, "emergency-arrest");
        page.navigate(browser.url("/emergency/arrests/new"));
        page.fill("#a-age", "abc");
        page.click("#arrest-save");
        assertThat(page.locator(".field-error").allTextContents())
                .anySatisfy(t -> assertThat(t).contains("年龄应为整数"))
                .anySatisfy(t -> assertThat(t).contains("请选择镇街"));
        BrowserSession.screenshot(page, "emergency-arrest-form");
        page.navigate(browser.url("/emergency/rewards"));
        assertThat(page.locator("#rules").textContent()).contains("待核实");
        BrowserSession.screenshot(page, "emergency-rewards");
        page.setViewportSize(390, 844);
        for (String path :
                new String[] {"/emergency/coverage", "/emergency/arrests", "/emergency/rewards", "/emergency/aeds"}) {
            page.navigate(browser.url(path));
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as(path + " must not scroll sideways on a phone")
                    .isTrue();
            BrowserSession.screenshot(page, "emergency-phone" + path.replace('/', '-'));
        }
        page.context().close();
    }
}
