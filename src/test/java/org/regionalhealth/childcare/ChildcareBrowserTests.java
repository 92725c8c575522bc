package org.regionalhealth.childcare;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The subsidy officer approves an application in two steps and one batch pays it once; a parent applies (issue 21). */
@PlatformIntegrationTest
class ChildcareBrowserTests extends BrowserTest {

    @Autowired
    SubsidyLedger ledger;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    private CurrentUser system() {
        var root = organizations.root();
        return new CurrentUser(
                "test",
                "测试",
                Role.DISTRICT_ADMIN,
                root.id(),
                new DataScope(root.id(), root.path(), Optional.empty()),
                CurrentUser.Channel.SYSTEM);
    }

    @Test
    void aSubsidyOfficerApprovesAnApplicationAndABatchPaysItOnce() {
        var filed = ledger.apply(
                new NewApplication(
                        "NATIONAL_CHILDCARE",
                        LocalDate.now(clock).getYear(),
                        ChildcareIntegrationTests.childId(LocalDate.of(2025, 10, 10)),
                        "浏览器宝宝",
                        "330109001",
                        "浏览器家长",
                        "13900001111",
                        "父亲",
                        true,
                        "6228480000000000002",
                        null),
                system());
        var page = browser.loginAs("subsidy-officer", DemoSettings.DEMO_PASSWORD);
        page.navigate(browser.url("/childcare/subsidies?q=" + filed.id()));
        var row = page.locator("#application-" + filed.id());
        assertThat(row.locator(".cc-state")).hasText("待初审");
        // the officer sees a masked ID number and name
        assertThat(row).not().containsText("浏览器宝宝");
        row.locator("button.approve").click();
        assertThat(page.locator("#done")).isVisible();
        assertThat(row.locator(".cc-state")).hasText("待审核确认");
        // four eyes: the officer who did 初审 cannot do 审核确认
        row.locator("button.approve").click();
        assertThat(row.locator(".field-error")).containsText("两名不同的经办人员");
        assertThat(row.locator(".cc-state")).hasText("待审核确认");
        page = browser.loginAs("subsidy-officer2", DemoSettings.DEMO_PASSWORD);
        page.navigate(browser.url("/childcare/subsidies?q=" + filed.id()));
        row = page.locator("#application-" + filed.id());
        row.locator("button.approve").click();
        assertThat(row.locator(".cc-state")).hasText("待发放");
        BrowserSession.screenshot(page, "childcare-queue");

        page.navigate(browser.url("/childcare/payments"));
        String key = page.inputValue("#pay-form input[name=idempotencyKey]");
        page.locator("#pay").click();
        assertThat(page.locator("#paid")).isVisible();
        String batchId = page.url().replaceAll(".*paid=(\\d+).*", "$1");
        // the same form sent again (a double click, a retry): the same batch, nothing paid twice
        var again = ledger.pay(key, system());
        assertThat(again.id()).isEqualTo(Long.parseLong(batchId));
        // a fresh page has nothing left to pay
        page.navigate(browser.url("/childcare/payments"));
        assertThat(page.locator("#pay")).isDisabled();
        page.locator("#batch-" + batchId + " button.reconcile").click();
        assertThat(page.locator("#reconciled")).containsText("对账一致");
        assertThat(page.locator("#batch-" + batchId + " .tag")).hasText("对账一致");
        BrowserSession.screenshot(page, "childcare-payments");

        var paid = ledger.find(filed.id(), system()).orElseThrow();
        assertThat(paid.state()).isEqualTo(ApplicationState.PAID);
        assertThat(paid.batchId()).isEqualTo(Long.parseLong(batchId));
        assertThat(jdbc.sql("select count(*) from childcare_payment where application_id = ?")
                        .param(filed.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aParentAppliesOnThePhoneAndSeesEveryMistakeAtOnce() {
        var page = browser.loginAs("resident", DemoSettings.DEMO_PASSWORD);
        page.setViewportSize(390, 844);
        page.navigate(browser.url("/childcare/subsidy"));
        String first = ChildcareIntegrationTests.childId(LocalDate.of(2025, 1, 5));
        page.fill("#childIdNumber", first);
        page.fill("#childName", "");
        page.selectOption("#hukouTown", "OTHER");
        page.fill("#applicantName", "手机家长");
        page.fill("#applicantPhone", "123");
        page.fill("#bankAccount", "12");
        page.locator("#apply-submit").click();
        assertThat(page.locator("#apply-error")).isVisible();
        assertThat(page.locator("#apply-form .field-error")).hasCount(4);
        // the input is kept
        assertThat(page.locator("#childIdNumber")).hasValue(first);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();

        String id = ChildcareIntegrationTests.childId(LocalDate.of(2025, 4, 20));
        page.fill("#childIdNumber", id);
        page.fill("#childName", "手机宝宝");
        page.selectOption("#hukouTown", "330109002");
        page.fill("#applicantName", "手机家长");
        page.fill("#applicantPhone", "13700002222");
        page.fill("#bankAccount", "6228480000000000003");
        page.locator("#apply-submit").click();
        assertThat(page.locator("#applied")).isVisible();
        assertThat(page.locator("#mine")).containsText("手机宝宝");
        assertThat(page.locator("#mine")).containsText("待初审");
        assertThat(page.locator("#mine")).containsText("3,600.00");
        BrowserSession.screenshot(page, "childcare-parent");

        // the same child again: refused on the ID number
        page.fill("#childIdNumber", id);
        page.fill("#childName", "手机宝宝");
        page.selectOption("#hukouTown", "330109002");
        page.fill("#bankAccount", "6228480000000000003");
        page.locator("#apply-submit").click();
        assertThat(page.locator("#apply-form .field-error")).containsText("不能重复申请");
    }
}
