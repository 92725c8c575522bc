package org.regionalhealth.emergency.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionalhealth.emergency.EmergencyProperties;
import org.regionalhealth.emergency.registry.AedSearch;

/**
 * Coverage against a hand-computed example (issue 20). One station at (30, 120); four villages due north on its
 * meridian at 3, 8, 12 and 25 km (a haversine along a meridian is exactly R × Δφ). With turnout 0, detour 1 and
 * 60 km/h a kilometre is a minute, so the villages are 3, 8, 12 and 25 minutes away.
 */
class CoverageModelTests {

    static final double KM_PER_DEGREE = AedSearch.EARTH_RADIUS_M / 1000.0 * Math.PI / 180.0;

    static CoverageModel.Place place(String code, String town, double km, long residents) {
        return new CoverageModel.Place(code, code, town, 30.0 + km / KM_PER_DEGREE, 120.0, residents);
    }

    static final List<CoverageModel.Place> PLACES = List.of(
            place("A", "T1", 3, 100), place("B", "T1", 8, 200), place("C", "T2", 12, 300), place("D", "T2", 25, 400));

    static final CoverageModel MODEL = new CoverageModel(new EmergencyProperties.Ambulance(60, 1.0, 0));

    static final List<CoverageModel.Site> STATION = List.of(new CoverageModel.Site("S", 30.0, 120.0));

    @Test
    void minutesFollowTheStatedModel() {
        var model = new CoverageModel(new EmergencyProperties.Ambulance(40, 1.4, 1));
        // 10 km straight: 1 + 10 × 1.4 ÷ 40 × 60 = 22 minutes
        assertThat(model.minutes(30.0, 120.0, 30.0 + 10 / KM_PER_DEGREE, 120.0)).isCloseTo(22.0, within(1e-9));
    }

    @Test
    void sharesOfResidentsAndVillagesMatchTheHandComputation() {
        var r = MODEL.cover(STATION, PLACES, new int[] {5, 10, 15}, 0);
        assertThat(r.reached())
                .extracting(CoverageModel.Reached::minutes)
                .satisfiesExactly(
                        m -> assertThat(m).isCloseTo(3, within(1e-9)),
                        m -> assertThat(m).isCloseTo(8, within(1e-9)),
                        m -> assertThat(m).isCloseTo(12, within(1e-9)),
                        m -> assertThat(m).isCloseTo(25, within(1e-9)));
        // district: within 5 → 100 of 1,000; within 10 → 300; within 15 → 600
        assertThat(r.district().residentShare(0)).isEqualTo(0.1);
        assertThat(r.district().residentShare(1)).isEqualTo(0.3);
        assertThat(r.district().residentShare(2)).isEqualTo(0.6);
        assertThat(r.district().placesWithin()).containsExactly(1, 2, 3);
        // town T1: 100 of 300 within 5, all within 10; town T2: none within 10, 300 of 700 within 15
        assertThat(r.towns().get("T1").residentShare(0)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.towns().get("T1").residentShare(1)).isEqualTo(1.0);
        assertThat(r.towns().get("T2").residentShare(1)).isEqualTo(0.0);
        assertThat(r.towns().get("T2").residentShare(2)).isCloseTo(3.0 / 7, within(1e-12));
    }

    @Test
    void aVillageExactlyAtTheLimitIsCovered() {
        var places = List.of(place("E", "T", 10, 1));
        var r = MODEL.cover(STATION, places, new int[] {10}, 0);
        assertThat(r.district().residentsWithin()[0]).isEqualTo(1);
        var beyond = MODEL.cover(STATION, List.of(place("F", "T", 10.001, 1)), new int[] {10}, 0);
        assertThat(beyond.district().residentsWithin()[0]).isZero();
    }

    @Test
    void theWhatIfPicksTheSiteThatAddsMostResidents() {
        // within 10 minutes C (12) and D (25) are uncovered; C and D are 13 km apart, so a station at D adds D's 400,
        // a station at C adds C's 300 only
        var r = MODEL.cover(STATION, PLACES, new int[] {5, 10, 15}, 10);
        assertThat(r.whatIf().site().code()).isEqualTo("D");
        assertThat(r.whatIf().addedResidents()).isEqualTo(400);
        assertThat(r.whatIf().addedPlaces()).isEqualTo(1);
        assertThat(r.whatIf().shareAfter()).isEqualTo(0.7);
        // the nearest station is chosen when there are several
        var two = MODEL.cover(
                List.of(
                        new CoverageModel.Site("S", 30.0, 120.0),
                        new CoverageModel.Site("N", 30.0 + 24 / KM_PER_DEGREE, 120.0)),
                PLACES,
                new int[] {5},
                0);
        assertThat(two.reached().get(3).station()).isEqualTo("N");
        assertThat(two.reached().get(3).minutes()).isCloseTo(1, within(1e-9));
    }
}
