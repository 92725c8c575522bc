package org.regionalhealth.drugs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;

/** The drug information pages in a real browser (issue 8 "Done means"), on a phone-sized viewport. */
@PlatformIntegrationTest
class DrugPagesBrowserTests extends BrowserTest {

    @Test
    void residentSearchesBlsFindsIbuprofenAndAsksAboutPregnancy() {
        var page = browser.loginAs("resident", ApiClient.DEMO_PASSWORD);
        page.setViewportSize(390, 844);
        page.navigate(browser.url("/drugs"));
        page.fill("#drug-query", "bls");
        page.click("#search-form button[type=submit]");
        page.waitForSelector("#generic-matches");
        assertThat(page.locator("#generic-matches").textContent()).contains("布洛芬");
        assertThat(page.locator("#product-results").textContent())
                .as(page.url() + " " + page.locator("#product-results li").count())
                .contains("布洛芬");
        BrowserSession.screenshot(page, "drugs-search-bls");

        page.fill("#drug-question", "布洛芬孕妇能吃吗");
        page.click("#ask-form button[type=submit]");
        page.waitForSelector("#drug-answer");
        assertThat(page.locator("#answer-text").textContent()).contains("布洛芬").contains("孕妇：禁用");
        assertThat(page.locator("#answer-sources").textContent()).contains("布洛芬各剂型说明书");
        BrowserSession.screenshot(page, "drugs-ask-pregnancy");

        page.locator("#product-results a").first().click();
        page.waitForSelector("#label-sections");
        assertThat(page.locator("#label-sections").textContent()).contains("孕妇及哺乳期妇女用药");
        assertThat(page.locator("#kb-sources").count()).isZero();
    }

    /** Issue 17 "Done means": a class question on a phone, answered with its source and the pharmacist button. */
    @Test
    void residentAsksWhetherCephalosporinsGoWithAlcoholOnAPhone() {
        var page = browser.loginAs("resident", ApiClient.DEMO_PASSWORD);
        page.setViewportSize(390, 844);
        page.navigate(browser.url("/drugs"));
        page.fill("#drug-question", "头孢能喝酒吗");
        page.click("#ask-form button[type=submit]");
        page.waitForSelector("#drug-answer");
        assertThat(page.locator("#drug-answer .tags").textContent()).contains("头孢菌素类");
        assertThat(page.locator("#answer-text").textContent())
                .contains("饮酒")
                .contains("双硫仑样反应")
                .contains("来源");
        assertThat(page.locator("#answer-sources").textContent()).contains("说明书");
        assertThat(page.locator("#ask-pharmacist").isVisible()).isTrue();
        assertThat(page.locator("#ask-pharmacist").getAttribute("href")).startsWith("tel:");
        assertThat(page.locator("#drug-answer").textContent())
                .doesNotContain("derived")
                .doesNotContain("draft");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling at 390 px")
                .isTrue();
        BrowserSession.screenshot(page, "drugs-ask-cephalosporin-alcohol");
    }

    @Test
    void residentKeepsMedicinesAndSeesTheirInteraction() {
        var page = browser.loginAs("resident", ApiClient.DEMO_PASSWORD);
        page.setViewportSize(390, 844);
        page.navigate(browser.url("/drugs/my"));
        for (String name : new String[] {"华法林", "阿司匹林"}) {
            page.fill("#my-medicine-name", name);
            page.click("#my-medicine-add");
            page.waitForLoadState();
        }
        assertThat(page.locator("#my-medicines").textContent()).contains("华法林").contains("阿司匹林");
        // the resident's own district prescriptions may add findings of their own; the pair they entered is listed
        assertThat(page.locator("#my-interactions .finding")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("阿司匹林"))
                        .first()
                        .textContent())
                .contains("华法林")
                .contains("阿司匹林");
        BrowserSession.screenshot(page, "drugs-my-medicines");
        page.fill("#my-medicine-name", "华法林");
        page.click("#my-medicine-add");
        page.waitForLoadState();
        assertThat(page.locator("#my-error").textContent()).contains("已在我的药品中");
    }

    @Test
    void pharmacistImportsACsvAndWatchesItsProgress() {
        var page = browser.loginAs("pharmacist", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/drugs/import"));
        var form = page.locator("main").textContent();
        assertThat(form).contains("FHIR R4 药品知识资源", "批准文号").doesNotContain("MedicationKnowledge", "NDJSON", "docs/");
        String csv = "generic,name,manufacturer,approval_number,insurance_class,form,strength,package,barcode\n"
                + "氯雷他定,氯雷他定片,浏览器示例药业有限公司,国药准字H33027777,乙,片剂,10mg,6片/盒,"
                + org.regionalhealth.drugs.catalogue.Ean13.complete("698765432101") + "\n";
        page.setInputFiles(
                "#import-file",
                new com.microsoft.playwright.options.FilePayload(
                        "catalogue.csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.click("#import-form button[type=submit]");
        page.waitForSelector("#import-message");
        assertThat(page.locator("#import-message").textContent()).contains("已导入1个产品");
        BrowserSession.screenshot(page, "drugs-import");
        page.navigate(browser.url("/drugs?q=" + org.regionalhealth.drugs.catalogue.Ean13.complete("698765432101")));
        assertThat(page.locator("#product-results").textContent()).contains("浏览器示例药业有限公司");
    }

    @Test
    void pharmacistSeesTheKnowledgeBaseSources() {
        var page = browser.loginAs("pharmacist", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/drugs?q=amxl&ask="
                + java.net.URLEncoder.encode("阿莫西林和布洛芬能一起吃吗", java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.locator("#answer-text").textContent()).contains("未收录");
        page.locator("#product-results a").first().click();
        page.waitForSelector("#kb-sources");
        // the sources by their Chinese title and kind, never by their id (issue 16)
        assertThat(page.locator("#kb-sources").textContent())
                .contains("阿莫西林制剂说明书", "药品说明书")
                .doesNotContain("LABEL-", "checked", "APPROVED", "DRAFT");
        assertThat(page.locator("#label-sections").textContent())
                .contains("阿莫西林制剂说明书")
                .doesNotContain("LABEL-", "written", "derived", "draft", "approved");
        page.navigate(browser.url("/drugs/sources"));
        var table = page.locator("#kb-source-table").textContent();
        assertThat(table).contains("处方管理办法", "法规规章").doesNotContain("REG-CFGL-2007", "regulation");
        assertThat(page.locator(".pager").textContent()).contains("下一页");
        page.locator(".pager a[rel=next]").click();
        page.waitForLoadState();
        assertThat(page.url()).contains("page=1");
        assertThat(page.locator("#kb-source-table").textContent())
                .contains("药品说明书")
                .doesNotContain("LABEL-", "label", "NMPA");
        BrowserSession.screenshot(page, "drugs-sources");
    }
}
