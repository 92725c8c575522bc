package org.regionalhealth.dataspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.dataspace.catalogue.DataCatalogue;
import org.regionalhealth.dataspace.privacy.KAnonymity;
import org.regionalhealth.platform.DemoSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A researcher requests a data product, the data steward approves it, and the researcher downloads a de-identified
 * release that passes the k-anonymity gate (issue 23, "Done means": browser tests).
 */
@PlatformIntegrationTest
class DataspaceBrowserTests extends BrowserTest {

    @Autowired
    DataCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aResearcherRequestsTheStewardApprovesAndTheResearcherDownloadsAReleaseThatPassesTheGate() throws Exception {
        // 高血压随访 as a de-identified file
        var product = catalogue.productByCode("DP-005").orElseThrow();
        var page = browser.loginAs("researcher", DemoSettings.DEMO_PASSWORD);
        page.navigate(browser.url("/dataspace/products/" + product.id()));
        var form = page.locator("#request-form");
        // the form offers every field of the product; the researcher asks only for what the study needs
        for (String field : List.of("AGE", "SEX", "TOWN", "VISIT_DATE", "DIAGNOSIS", "SBP")) {
            form.locator("input[name=fields][value=" + field + "]").check();
        }
        for (String field : List.of("DBP", "BMI")) {
            form.locator("input[name=fields][value=" + field + "]").uncheck();
        }
        form.locator("input[name=delivery][value=FILE]").check();
        page.locator("#recipient").fill("区疾病预防控制中心慢病科");
        page.locator("#uses").fill("2");
        page.locator("#days").fill("30");
        // no purpose first: refused on its fields, in Chinese, the rest of the input kept, nothing stored
        long before = requests();
        page.locator("#request-submit").click();
        assertThat(page.locator("#form-error")).isVisible();
        assertThat(page.locator("#request-form .field-error").first()).isVisible();
        assertThat(page.locator("#recipient")).hasValue("区疾病预防控制中心慢病科");
        assertThat(page.locator("#request-form input[name=fields][value=SBP]")).isChecked();
        assertThat(page.locator("#request-form input[name=fields][value=BMI]"))
                .not()
                .isChecked();
        assertThat(requests()).isEqualTo(before);

        page.locator("#purpose").selectOption("PUBLIC_HEALTH");
        page.locator("#purposeDetail").fill("分镇街评价高血压患者血压控制情况，用于年度慢病防治工作评估。");
        page.locator("#request-submit").click();
        assertThat(page.locator("#message")).containsText("申请已提交");
        long requestId = number(page.locator("#message").textContent(), "申请编号 (\\d+)");
        BrowserSession.screenshot(page, "dataspace-requested");

        var steward = browser.loginAs("data-steward", DemoSettings.DEMO_PASSWORD);
        steward.navigate(browser.url("/dataspace/requests?state=SUBMITTED"));
        var item = steward.locator("#request-" + requestId);
        assertThat(item).containsText("区疾病预防控制中心慢病科");
        item.locator("input[name=note]").fill("用途与字段相符，同意");
        item.locator("button[name=approve][value=true]").click();
        assertThat(steward.locator("#message")).containsText("已批准申请 " + requestId);
        long contractId = number(steward.locator("#message").textContent(), "生成合约 (\\d+)");

        page.navigate(browser.url("/dataspace/contracts/" + contractId));
        assertThat(page.locator("#contract-state")).hasText("有效");
        assertThat(page.locator("#uses-left")).hasText("2 / 2");
        var download =
                page.waitForDownload(() -> page.locator("#release-submit").click());
        assertThat(download.suggestedFilename()).startsWith("可信数据空间-").endsWith(".csv");
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        var lines = csv.split("\r\n");
        // no direct identifier: neither as a column nor as a value
        assertThat(lines[0].split(",")).containsExactly("年龄", "性别", "镇街", "随访/就诊日期", "慢病诊断", "收缩压");
        assertThat(csv).doesNotContainPattern("\\d{17}[\\dX]").doesNotContainPattern("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
        var rows = new ArrayList<String[]>();
        for (int i = 1; i < lines.length; i++) {
            rows.add(lines[i].split(",", -1));
        }
        assertThat(rows).isNotEmpty();
        // every group of quasi-identifier values (age band, sex, town, month) holds at least k = 5 rows
        assertThat(KAnonymity.groups(rows, new int[] {0, 1, 2, 3}, 5).smallest())
                .isGreaterThanOrEqualTo(5);

        page.navigate(browser.url("/dataspace/contracts/" + contractId));
        assertThat(page.locator("#uses-left")).hasText("1 / 2");
        assertThat(page.locator("#releases")).containsText("已发布 " + rows.size());
        BrowserSession.screenshot(page, "dataspace-released");
    }

    private long requests() {
        return jdbc.sql("select count(*) from dataspace_request")
                .query(Long.class)
                .single();
    }

    private static long number(String text, String regex) {
        var m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Long.parseLong(m.group(1));
    }
}
