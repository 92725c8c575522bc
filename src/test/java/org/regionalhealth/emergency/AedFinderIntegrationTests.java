package org.regionalhealth.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regionalhealth.BrowserSession;
import org.regionalhealth.BrowserTest;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The public AED finder: no login, the nearest open AED first, RFC 9457 on bad input (issue 20). */
@PlatformIntegrationTest
class AedFinderIntegrationTests extends BrowserTest {

    // a point in the reclaimed land (围垦区) far from the demo AEDs, so the test's own AEDs are the nearest
    private static final double LAT = 30.3801;
    private static final double LNG = 120.6502;

    @Autowired
    AedRegistry registry;

    @Autowired
    java.time.Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    private long register(String building, double lat, double lng, AccessHours hours, int padDays, String serial) {
        var today = LocalDate.now(clock);
        return registry.register(new NewAed(
                "330109501",
                lat,
                lng,
                building,
                BuildingType.SPORTS_VENUE,
                "1F",
                "一楼大厅服务台旁",
                hours,
                "围垦区管委会",
                "0571-82000000",
                "迈瑞 BeneHeart C2",
                serial,
                today.plusDays(padDays),
                today.plusYears(2),
                today.minusDays(10),
                AedStatus.IN_SERVICE));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPasserByOnAPhoneSeesTheNearestOpenAedFirst() {
        String suffix = Long.toString(System.nanoTime());
        // nearest of all, but its pads expired yesterday: not offered
        register("围垦过期测试馆" + suffix, LAT + 0.0001, LNG, AccessHours.roundTheClock(), -1, "T-EXP-" + suffix);
        register("围垦全天测试馆" + suffix, LAT + 0.0010, LNG, AccessHours.roundTheClock(), 300, "T-24H-" + suffix);
        register("围垦较远测试馆" + suffix, LAT + 0.0030, LNG, AccessHours.roundTheClock(), 300, "T-FAR-" + suffix);

        var page = browser.anonymous(390, 844);
        page.navigate(browser.url("/aed?lat=" + LAT + "&lng=" + LNG));
        assertThat(page.url()).doesNotContain("/login");
        var first = page.locator("#aed-list .aed-item").first();
        assertThat(first.locator(".aed-building").textContent()).isEqualTo("围垦全天测试馆" + suffix);
        assertThat(first.locator(".aed-distance").textContent()).contains("米").contains("分钟");
        assertThat(page.content()).doesNotContain("围垦过期测试馆" + suffix);
        assertThat(page.locator("a.aed-call").getAttribute("href")).isEqualTo("tel:120");
        page.waitForSelector("#aed-map.leaflet-container");
        // a phone must not scroll sideways
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
        BrowserSession.screenshot(page, "aed-phone");
        page.context().close();
    }

    @Test
    void thePageWithoutAPositionSaysWhatToDo() {
        var page = browser.anonymous(1440, 900);
        page.navigate(browser.url("/aed"));
        assertThat(page.locator(".aed-results").textContent())
                .contains("使用我的位置")
                .doesNotContain("附近暂无");
        BrowserSession.screenshot(page, "aed-desktop");
        page.context().close();
    }

    @Test
    void theApiIsPublicAndAnswersTheNearestFirst() throws Exception {
        String suffix = Long.toString(System.nanoTime());
        register("围垦接口测试馆" + suffix, LAT - 0.0005, LNG + 0.0005, AccessHours.roundTheClock(), 300, "T-API-" + suffix);
        var response = get("/api/emergency/aeds/nearest?lat=" + (LAT - 0.0005) + "&lng=" + (LNG + 0.0005) + "&k=3");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"building\":\"围垦接口测试馆" + suffix + "\"");
        // the first item is the AED registered at the queried point
        assertThat(response.body().indexOf("\"building\":\""))
                .isEqualTo(response.body().indexOf("\"building\":\"围垦接口测试馆" + suffix));
        assertThat(response.body()).contains("\"detourFactor\":1.3");
    }

    @ParameterizedTest
    @CsvSource({"91, 120.2, lat", "-90.5, 120.2, lat", "30.1, 181, lng", "30.1, 120.2, k"})
    void badInputIsAProblemNotAnError(String lat, String lng, String field) throws Exception {
        String k = field.equals("k") ? "21" : "5";
        var response = get("/api/emergency/aeds/nearest?lat=" + lat + "&lng=" + lng + "&k=" + k);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"AED_QUERY_INVALID\"").contains("\"field\":\"" + field + "\"");
    }

    @Test
    void kZeroAndNonNumbersAreRejected() throws Exception {
        assertThat(get("/api/emergency/aeds/nearest?lat=30.1&lng=120.2&k=0").statusCode())
                .isEqualTo(400);
        assertThat(get("/api/emergency/aeds/nearest?lat=abc&lng=120.2").statusCode())
                .isEqualTo(400);
        assertThat(get("/aed?lat=abc&lng=120.2").body()).contains("位置有误");
    }
}
