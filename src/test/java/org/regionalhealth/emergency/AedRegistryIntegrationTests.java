package org.regionalhealth.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.emergency.registry.AedImport;
import org.springframework.beans.factory.annotation.Autowired;

/** The staff registry: the form, the all-or-nothing CSV import, monthly checks, FHIR Location near (issue 20). */
@PlatformIntegrationTest
class AedRegistryIntegrationTests extends BrowserTest {

    @Autowired
    AedRegistry registry;

    @Autowired
    AedInspections inspections;

    @Autowired
    AedImport importer;

    @Autowired
    Clock clock;

    private static String row(String serial, String lat, String town) {
        return town + "," + lat + ",120.6300,围垦导入测试馆,体育馆,1F,大厅,24h,围垦区管委会,0571-82000001,迈瑞 BeneHeart C2," + serial
                + ",2028-06-30,2029-06-30,2026-11-01,在用";
    }

    @Test
    void aCsvWithBadRowsNamesEveryOneAndImportsNothing() {
        String s = Long.toString(System.nanoTime());
        long before = registry.count();
        String header = String.join(",", org.regionalhealth.emergency.registry.AedForm.TITLES);
        String bad = header + "\n"
                + row("IMP-A-" + s, "30.37", "围垦区") + "\n"
                + row("IMP-B-" + s, "35.0", "围垦区") + "\n" // latitude outside the district
                + row("IMP-A-" + s, "30.37", "火星镇") + "\n" // unknown town and a serial repeated from line 2
                + "只有,三列,而已\n";
        var outcome = importer.importCsv(bad);
        assertThat(outcome.registered()).isEmpty();
        assertThat(outcome.errors()).extracting(AedImport.RowError::line).containsExactly(3, 4, 4, 5);
        assertThat(outcome.errors().get(0).column()).isEqualTo("纬度");
        assertThat(outcome.errors().get(2).message()).contains("第 2 行重复");
        assertThat(registry.count()).isEqualTo(before);

        String good =
                header + "\n" + row("IMP-C-" + s, "30.37", "围垦区") + "\n" + row("IMP-D-" + s, "30.371", "330109501");
        var ok = importer.importCsv(good);
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.registered()).hasSize(2);
        assertThat(registry.count()).isEqualTo(before + 2);
        // the same file again: every serial is taken, nothing imported
        assertThat(importer.importCsv(good).errors()).hasSize(2);
        assertThat(registry.count()).isEqualTo(before + 2);
    }

    @Test
    void aFailedCheckTakesTheAedOutOfTheFinderAndAPassedOneReturnsIt() {
        String s = Long.toString(System.nanoTime());
        var today = LocalDate.now(clock);
        long id = registry.register(new NewAed(
                "330109501",
                30.3901,
                120.6601,
                "检查测试馆" + s,
                BuildingType.SPORTS_VENUE,
                "1F",
                "大厅",
                AccessHours.roundTheClock(),
                "管委会",
                "0571-82000000",
                "M",
                "CHK-" + s,
                today.plusYears(1),
                today.plusYears(2),
                today.minusDays(40),
                AedStatus.IN_SERVICE));
        var officer = new org.regionalhealth.platform.CurrentUser(
                "emergency-officer",
                "调度",
                org.regionalhealth.platform.Role.EMERGENCY_OFFICER,
                1,
                new org.regionalhealth.platform.DataScope(1, "/1/", java.util.Optional.empty()),
                org.regionalhealth.platform.CurrentUser.Channel.PAGE);
        inspections.record(id, today.minusDays(1), "王建国", true, false, true, true, "电极片包装破损", officer);
        assertThat(registry.find(id).orElseThrow().status()).isEqualTo(AedStatus.MAINTENANCE);
        assertThat(registry.find(id).orElseThrow().lastInspection()).isEqualTo(today.minusDays(1));
        inspections.record(id, today.minusDays(1), "王建国", true, true, true, true, "已更换", officer);
        assertThat(registry.find(id).orElseThrow().status()).isEqualTo(AedStatus.IN_SERVICE);
        assertThat(inspections.of(id)).hasSize(2);
    }

    @Test
    void theOfficerRegistersAnAedOnTheFormAndSeesEveryErrorOnItsField() {
        var page = browser.loginAs("emergency-officer", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/emergency/aeds"));
        assertThat(page.locator("#registry-map").count()).isEqualTo(1);
        assertThat(page.locator("#aed-counts").textContent()).contains("检查逾期").contains("即将到期");
        BrowserSession.screenshot(page, "emergency-registry");
        page.navigate(browser.url("/emergency/aeds/new"));
        page.fill("#f-building", "表单测试馆");
        page.fill("#f-lat", "31.5");
        page.fill("#f-hours", "每天");
        page.click("#aed-save");
        // the answer is a new page: wait for it, not for the form still on screen (a race seen under load)
        page.locator(".field-error").first().waitFor();
        var errors = page.locator(".field-error").allTextContents();
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("纬度应在"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("开放时间格式"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("请选择镇街"));
        // the input is kept
        assertThat(page.inputValue("#f-building")).isEqualTo("表单测试馆");
        String s = Long.toString(System.nanoTime());
        page.selectOption("#f-town", "330109501");
        page.selectOption("#f-buildingType", "SPORTS_VENUE");
        page.fill("#f-lat", "30.3855");
        page.fill("#f-lng", "120.6455");
        page.fill("#f-floor", "1F");
        page.fill("#f-location", "大厅");
        page.fill("#f-hours", "24h");
        page.fill("#f-owner", "围垦区管委会");
        page.fill("#f-contactPhone", "0571-82000002");
        page.fill("#f-model", "迈瑞 BeneHeart C2");
        page.fill("#f-serialNumber", "FORM-" + s);
        page.fill("#f-padExpiry", "2028-06-30");
        page.fill("#f-batteryExpiry", "2029-06-30");
        page.click("#aed-save");
        page.locator("#saved").waitFor();
        assertThat(page.locator("#inspections").textContent()).contains("还没有检查记录");
        page.locator("#inspection-form input[name=padsOk]").uncheck();
        page.click("#inspection-save");
        page.locator("#inspected").waitFor();
        assertThat(page.locator("#inspection-table").textContent())
                .contains("不合格")
                .contains("电极片异常");
        BrowserSession.screenshot(page, "emergency-aed-form");
        page.context().close();
    }

    @Test
    void theImportPageListsTheErrorsOfAnUploadedFile() {
        var page = browser.loginAs("emergency-officer", ApiClient.DEMO_PASSWORD);
        page.navigate(browser.url("/emergency/aeds/import"));
        String csv = String.join(",", org.regionalhealth.emergency.registry.AedForm.TITLES) + "\n"
                + row("UP-" + System.nanoTime(), "abc", "围垦区");
        page.setInputFiles(
                "#import-form input[type=file]",
                new FilePayload("aeds.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.click("#import-form button[type=submit]");
        page.locator("#import-errors").waitFor();
        assertThat(page.locator("#import-errors").textContent())
                .contains("纬度应为数字")
                .contains("未导入");
        page.context().close();
    }

    @Test
    void fhirLocationNearFindsTheAedsWithinTheRadiusNearestFirst() {
        String s = Long.toString(System.nanoTime());
        var today = LocalDate.now(clock);
        // a corner of the reclaimed land far from the demo AEDs
        long near = registry.register(new NewAed(
                "330109501",
                30.4500,
                120.7500,
                "FHIR近测试馆" + s,
                BuildingType.SPORTS_VENUE,
                "1F",
                "大厅",
                AccessHours.roundTheClock(),
                "管委会",
                "0571-82000000",
                "M",
                "FHIR-N-" + s,
                today.plusYears(1),
                today.plusYears(2),
                today,
                AedStatus.IN_SERVICE));
        long far = registry.register(new NewAed(
                "330109501",
                30.4590,
                120.7500,
                "FHIR远测试馆" + s,
                BuildingType.SPORTS_VENUE,
                "1F",
                "大厅",
                AccessHours.weekly(1, 5, java.time.LocalTime.of(8, 0), java.time.LocalTime.of(18, 0)),
                "管委会",
                "0571-82000000",
                "M",
                "FHIR-F-" + s,
                today.plusYears(1),
                today.plusYears(2),
                today,
                AedStatus.IN_SERVICE));
        var api = ApiClient.as(port, "emergency-officer");
        // 30.4500 + 0.0090° ≈ 1.0 km north: within 1.2 km both, within 500 m only the near one
        var both = api.get("/fhir/Location?near=30.4500%7C120.7500%7C1.2%7Ckm");
        assertThat(both.status()).isEqualTo(200);
        assertThat(both.contentType()).contains("application/fhir+json");
        var json = both.json();
        assertThat(json.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(json.get("entry").get(0).get("resource").get("id").asText()).isEqualTo(Long.toString(near));
        assertThat(json.get("entry").get(1).get("resource").get("id").asText()).isEqualTo(Long.toString(far));
        assertThat(json.get("entry").get(1).get("search").toString()).contains("location-distance");
        assertThat(json.get("entry")
                        .get(1)
                        .get("resource")
                        .get("hoursOfOperation")
                        .toString())
                .contains("08:00:00");
        var small = api.get("/fhir/Location?near=30.4500%7C120.7500%7C500%7Cm").json();
        assertThat(small.get("total").asInt()).isEqualTo(1);
        assertThat(api.get("/fhir/Location/" + far)
                        .json()
                        .get("position")
                        .get("latitude")
                        .asDouble())
                .isEqualTo(30.459);
        var bad = api.get("/fhir/Location?near=30.45%7C200%7C1%7Cfurlong");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body())
                .contains("FHIR_NEAR_INVALID")
                .contains("longitude")
                .contains("unit");
        assertThat(api.get("/fhir/Location/999999999").status()).isEqualTo(404);
    }
}
