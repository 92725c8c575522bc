package org.regionalhealth.emergency.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regionalhealth.emergency.AedStatus;
import org.regionalhealth.emergency.BuildingType;
import org.regionalhealth.platform.PlatformException;

/** The AED form and CSV row: every bad field named at once, Chinese names accepted (issue 20). */
class AedFormTests {

    static final Map<String, String> TOWNS = Map.of("330109001", "城厢街道", "330109100", "楼塔镇");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    static Map<String, String> good() {
        var m = new HashMap<String, String>();
        m.put("town", "城厢街道");
        m.put("lat", "30.1634");
        m.put("lng", "120.2657");
        m.put("building", "城厢街道党群服务中心");
        m.put("buildingType", "党群服务中心");
        m.put("floor", "1F");
        m.put("location", "一楼大厅");
        m.put("hours", "1-5 08:30-17:30；6 09:00-12:00");
        m.put("owner", "城厢街道");
        m.put("contactPhone", "0571-82000000");
        m.put("model", "迈瑞 BeneHeart C2");
        m.put("serialNumber", "XS-1");
        m.put("padExpiry", "2028/6/30");
        m.put("batteryExpiry", "2029-12-31");
        m.put("lastInspection", "");
        m.put("status", "在用");
        return m;
    }

    static String label(Enum<?> e) {
        return switch (e.name()) {
            case "COMMUNITY_CENTRE" -> "党群服务中心";
            case "IN_SERVICE" -> "在用";
            default -> e.name();
        };
    }

    @Test
    void aGoodRowBecomesAnAed() {
        var r = AedForm.parse(good(), TOWNS, AedFormTests::label, TODAY);
        assertThat(r.errors()).isEmpty();
        assertThat(r.aed().townCode()).isEqualTo("330109001");
        assertThat(r.aed().buildingType()).isEqualTo(BuildingType.COMMUNITY_CENTRE);
        assertThat(r.aed().status()).isEqualTo(AedStatus.IN_SERVICE);
        assertThat(r.aed().padExpiry()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(r.aed().hours().format()).startsWith("1 08:30-17:30");
        // the short name of a town works too
        var m = good();
        m.put("town", "楼塔");
        assertThat(AedForm.parse(m, TOWNS, AedFormTests::label, TODAY).aed().townCode())
                .isEqualTo("330109100");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        var m = good();
        m.put("town", "火星镇");
        m.put("lat", "31.9");
        m.put("lng", "abc");
        m.put("building", "");
        m.put("hours", "周一到周五");
        m.put("contactPhone", "电话");
        m.put("padExpiry", "2028-13-01");
        m.put("lastInspection", TODAY.plusDays(1).toString());
        m.put("status", "坏了");
        var r = AedForm.parse(m, TOWNS, AedFormTests::label, TODAY);
        assertThat(r.aed()).isNull();
        assertThat(r.errors())
                .containsOnlyKeys(
                        "town",
                        "lat",
                        "lng",
                        "building",
                        "hours",
                        "contactPhone",
                        "padExpiry",
                        "lastInspection",
                        "status");
        assertThat(r.errors().get("town")).contains("火星镇");
    }

    @Test
    void theDistrictsBoxBoundsCoordinates() {
        var m = good();
        m.put("lat", "29.8");
        m.put("lng", "120.8");
        assertThat(AedForm.parse(m, TOWNS, AedFormTests::label, TODAY).errors()).isEmpty();
        m.put("lat", "29.79");
        m.put("lng", "120.81");
        assertThat(AedForm.parse(m, TOWNS, AedFormTests::label, TODAY).errors()).containsOnlyKeys("lat", "lng");
    }

    @Test
    void theFhirNearParameterFollowsTheSpec() {
        var n = AedFhirApiController.Near.parse("30.16|120.26|2|km");
        assertThat(n.km()).isEqualTo(2.0);
        assertThat(AedFhirApiController.Near.parse("30.16|120.26|500|m").km()).isEqualTo(0.5);
        // units omitted: kilometres
        assertThat(AedFhirApiController.Near.parse("30.16|120.26|3").km()).isEqualTo(3.0);
        // distance omitted: the server's default
        assertThat(AedFhirApiController.Near.parse("30.16|120.26").km()).isEqualTo(AedFhirApiController.DEFAULT_KM);
        assertThatThrownBy(() -> AedFhirApiController.Near.parse("95|120.26|1|km"))
                .isInstanceOf(PlatformException.class)
                .satisfies(
                        e -> assertThat(((PlatformException) e).fieldErrors()).containsKey("latitude"));
        assertThatThrownBy(() -> AedFhirApiController.Near.parse("30.16|120.26|1|furlong"))
                .satisfies(
                        e -> assertThat(((PlatformException) e).fieldErrors()).containsKey("unit"));
        assertThatThrownBy(() -> AedFhirApiController.Near.parse("30.16"))
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo("FHIR_NEAR_INVALID"));
    }
}
