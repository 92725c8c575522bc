package org.regionalhealth.weight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;

/**
 * The resident on a phone (390 px): breakfast by pinyin search, 30 minutes of brisk walking, the day's balance, a
 * question to the coach answered with its source.
 */
@PlatformIntegrationTest
class WeightBrowserTests extends BrowserTest {

    private static int number(Page page, String selector) {
        return Integer.parseInt(page.textContent(selector).strip());
    }

    @Test
    void breakfastWalkBalanceAndCoachOnAPhone() {
        Page page = browser.loginAs("resident", "Demo@2026");
        page.setViewportSize(390, 844);
        page.navigate(browser.url("/weight"));
        page.locator("#balance").waitFor();
        int intakeBefore = number(page, "#balance-intake");
        int exerciseBefore = number(page, "#balance-exercise");

        // breakfast by pinyin
        page.selectOption("#meal", "BREAKFAST");
        page.fill("#food-q", "baizhou");
        page.click("#food-search button[type=submit]");
        page.locator("#food-F003").waitFor();
        assertThat(page.textContent("#food-F003")).contains("白粥", "1碗（约250克）");
        page.click("#food-F003 button[type=submit]");
        page.locator("#message").waitFor();
        assertThat(page.textContent("#message")).contains("白粥", "115千卡");
        assertThat(page.textContent("#meal-BREAKFAST")).contains("白粥");
        assertThat(number(page, "#balance-intake")).isEqualTo(intakeBefore + 115);

        // 30 minutes of brisk walking
        page.selectOption("#activityCode", "A03");
        page.fill("#minutes", "30");
        page.click("#exercise-form button[type=submit]");
        page.locator("#message").waitFor();
        assertThat(page.textContent("#message")).contains("快走", "30分钟");
        assertThat(number(page, "#balance-exercise")).isGreaterThan(exerciseBefore);
        int target = number(page, "#balance-target");
        int intake = number(page, "#balance-intake");
        int exercise = number(page, "#balance-exercise");
        int left = number(page, "#balance-left");
        assertThat(left).isEqualTo(Math.abs(target + exercise - intake));
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(390);
        BrowserSession.screenshot(page, "weight-today-phone");

        // the coach
        page.navigate(browser.url("/weight/coach"));
        page.fill("#question", "每天吃多少盐合适？");
        page.click("#coach-form button[type=submit]");
        page.locator("#answer").waitFor();
        assertThat(page.textContent("#answer")).contains("5克", "出处：中国居民膳食指南（2022）");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(390);
        BrowserSession.screenshot(page, "weight-coach-phone");
    }
}
