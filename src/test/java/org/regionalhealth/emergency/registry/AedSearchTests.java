package org.regionalhealth.emergency.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regionalhealth.emergency.AccessHours;
import org.regionalhealth.emergency.Aed;
import org.regionalhealth.emergency.AedStatus;
import org.regionalhealth.emergency.BuildingType;
import org.regionalhealth.emergency.NearbyAed;

/** The nearest search is exact: it equals a brute-force reference; opening hours and expiry at their boundaries. */
class AedSearchTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7); // a Monday

    static Aed aed(long id, double lat, double lng, AccessHours hours, LocalDate pad, LocalDate battery, AedStatus s) {
        return new Aed(
                id,
                "330109001",
                lat,
                lng,
                "楼" + id,
                BuildingType.SCHOOL,
                "1F",
                "大厅",
                hours,
                "业主",
                "0571-0000000",
                "型号",
                "SN" + id,
                pad,
                battery,
                null,
                s);
    }

    static Aed open(long id, double lat, double lng) {
        return aed(
                id,
                lat,
                lng,
                AccessHours.roundTheClock(),
                TODAY.plusYears(1),
                TODAY.plusYears(1),
                AedStatus.IN_SERVICE);
    }

    @Test
    void equalsABruteForceReferenceOnRandomPoints() {
        var random = new SplittableRandom(20);
        var aeds = new ArrayList<Aed>();
        String[] hourChoices = {"24h", "1-5 08:00-18:00", "1-7 06:00-23:00", "6-7 09:00-12:00;1-5 13:00-24:00"};
        for (int i = 1; i <= 1500; i++) {
            aeds.add(aed(
                    i,
                    29.9 + random.nextDouble() * 0.4,
                    120.05 + random.nextDouble() * 0.55,
                    AccessHours.parse(hourChoices[random.nextInt(hourChoices.length)]),
                    TODAY.plusDays(random.nextInt(-30, 300)),
                    TODAY.plusDays(random.nextInt(-10, 900)),
                    random.nextInt(20) == 0 ? AedStatus.MAINTENANCE : AedStatus.IN_SERVICE));
        }
        for (int q = 0; q < 500; q++) {
            double lat = 29.85 + random.nextDouble() * 0.5;
            double lng = 120.0 + random.nextDouble() * 0.65;
            var at = LocalDateTime.of(
                    TODAY.plusDays(random.nextInt(0, 14)), LocalTime.of(random.nextInt(24), random.nextInt(60)));
            int k = random.nextInt(1, 21);
            var expected = aeds.stream()
                    .filter(a -> a.status() == AedStatus.IN_SERVICE)
                    .filter(a -> !at.toLocalDate().isAfter(a.padExpiry())
                            && !at.toLocalDate().isAfter(a.batteryExpiry()))
                    .filter(a -> a.hours().openAt(at))
                    .sorted(Comparator.comparingDouble((Aed a) -> AedSearch.haversineMeters(lat, lng, a.lat(), a.lng()))
                            .thenComparingLong(Aed::id))
                    .limit(k)
                    .map(Aed::id)
                    .toList();
            var actual = AedSearch.nearest(aeds, lat, lng, at, k, 1.3, 1.2).stream()
                    .map(n -> n.aed().id())
                    .toList();
            assertThat(actual).as("query %d at %s", q, at).isEqualTo(expected);
        }
    }

    @Test
    void haversineOfAKnownDistance() {
        // one degree of latitude along a meridian: π·R/180 ≈ 111,195 m
        assertThat(AedSearch.haversineMeters(30.0, 120.0, 31.0, 120.0)).isBetween(111_194.0, 111_196.0);
        // 0.01° of longitude at 30° N ≈ 963 m
        assertThat(AedSearch.haversineMeters(30.0, 120.0, 30.0, 120.01)).isBetween(962.0, 964.0);
    }

    @Test
    void nearerFirstAndWalkingEstimateStated() {
        var near = open(1, 30.1601, 120.2651);
        var far = open(2, 30.1700, 120.2651);
        List<NearbyAed> result = AedSearch.nearest(
                List.of(far, near), 30.16, 120.265, LocalDateTime.of(TODAY, LocalTime.NOON), 5, 1.3, 1.2);
        assertThat(result).extracting(n -> n.aed().id()).containsExactly(1L, 2L);
        // 1,200 m straight → 1,560 m walked at 1.2 m/s = 1,300 s → 22 minutes (rounded up)
        assertThat(AedSearch.walkingSeconds(1200, 1.3, 1.2)).isEqualTo(1300);
        assertThat(new NearbyAed(near, 1200, 1300).walkingMinutes()).isEqualTo(22);
        assertThat(new NearbyAed(near, 60, 60).walkingMinutes()).isEqualTo(1);
        assertThat(new NearbyAed(near, 61, 61).walkingMinutes()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "2026-12-07, 07:59, false", // Monday, a minute before opening
        "2026-12-07, 08:00, true", // at opening
        "2026-12-07, 17:59, true", // last minute
        "2026-12-07, 18:00, false", // at closing: closed
        "2026-12-12, 08:59, false", // Saturday before opening
        "2026-12-12, 09:00, true",
        "2026-12-12, 12:00, false",
        "2026-12-13, 10:00, false", // Sunday: closed all day
        "2026-12-08, 23:59, true", // Tuesday evening interval open till midnight
    })
    void openingHoursAtTheirBoundaries(LocalDate day, LocalTime time, boolean open) {
        var hours = AccessHours.parse("1-5 08:00-18:00;6 09:00-12:00;2 20:00-24:00");
        var aed = aed(1, 30.16, 120.265, hours, TODAY.plusYears(1), TODAY.plusYears(1), AedStatus.IN_SERVICE);
        var found = AedSearch.nearest(List.of(aed), 30.16, 120.265, LocalDateTime.of(day, time), 1, 1.3, 1.2);
        assertThat(found).hasSize(open ? 1 : 0);
    }

    @ParameterizedTest(name = "pads expire in {0} day(s), battery in {1} → usable {2}")
    @CsvSource({
        "1, 100, true", // day before the pads' expiry
        "0, 100, true", // on the expiry day (有效期至 is inclusive)
        "-1, 100, false", // the day after
        "100, 1, true",
        "100, 0, true",
        "100, -1, false",
    })
    void expiryAtItsBoundaries(int padDays, int batteryDays, boolean usable) {
        var aed = aed(
                1,
                30.16,
                120.265,
                AccessHours.roundTheClock(),
                TODAY.plusDays(padDays),
                TODAY.plusDays(batteryDays),
                AedStatus.IN_SERVICE);
        var found =
                AedSearch.nearest(List.of(aed), 30.16, 120.265, LocalDateTime.of(TODAY, LocalTime.NOON), 1, 1.3, 1.2);
        assertThat(found).hasSize(usable ? 1 : 0);
    }

    @Test
    void aDeviceInMaintenanceIsNotOffered() {
        var aed = aed(
                1,
                30.16,
                120.265,
                AccessHours.roundTheClock(),
                TODAY.plusYears(1),
                TODAY.plusYears(1),
                AedStatus.MAINTENANCE);
        assertThat(AedSearch.nearest(
                        List.of(aed), 30.16, 120.265, LocalDateTime.of(TODAY, LocalTime.NOON), 1, 1.3, 1.2))
                .isEmpty();
    }

    @Test
    void accessHoursRoundTripAndDescription() {
        var hours = AccessHours.parse("1-5 08:00-18:00;6 09:00-12:00");
        assertThat(AccessHours.parse(hours.format())).isEqualTo(hours);
        assertThat(hours.describe(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("周一至周五 08:00–18:00；周六 09:00–12:00");
        assertThat(AccessHours.roundTheClock().describe(java.util.Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("全天24小时开放");
    }
}
