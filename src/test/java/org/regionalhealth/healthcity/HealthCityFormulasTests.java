package org.regionalhealth.healthcity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regionalhealth.childcare.TownPlaces;
import org.regionalhealth.emergency.AccessHours;
import org.regionalhealth.emergency.Aed;
import org.regionalhealth.emergency.AedStatus;
import org.regionalhealth.emergency.BuildingType;
import org.regionalhealth.familydoctor.IndicatorFigures.UnitFigure;
import org.regionalhealth.healthcity.collection.PlatformFormulas;
import org.regionalhealth.reviewcenter.ReviewFigures.InstitutionFigure;
import org.regionalhealth.vaccination.CoverageFigures.TownCoverage;

/** Every platform-derived indicator equals a hand count on a small data set. */
class HealthCityFormulasTests {

    static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @Test
    void familyDoctorRatesSumTheUnitsOfATown() {
        // town A: stations 1 and 2 (40 + 50 of 50 + 70 = 90 / 120 = 75 %); town B: station 3, 0 of 0 → no value
        var units = List.of(
                new UnitFigure(1, 40, 50), new UnitFigure(2, 50, 70), new UnitFigure(3, 0, 0), new UnitFigure(9, 5, 5));
        Map<Long, String> towns = Map.of(1L, "330109001", 2L, "330109001", 3L, "330109002");
        var result = PlatformFormulas.familyDoctor(units, towns::get);
        assertThat(result.get("330109001").value()).isEqualByComparingTo("75.00");
        assertThat(result.get("330109001").numerator()).isEqualByComparingTo("90");
        assertThat(result.get("330109001").denominator()).isEqualByComparingTo("120");
        assertThat(result.get("330109002").value()).isNull();
        // a unit that stands in no town (the district's own units) counts nowhere
        assertThat(result).hasSize(2);
    }

    @Test
    void prescriptionReviewRateSumsTheInstitutionsOfATown() {
        // town A: hospital 1 screened 990 of 1,000, centre 2 screened 10 of 40 → 1,000 / 1,040 = 96.15 %;
        // town B: clinic 3 all 25 of 25 → 100 %; institution 9 stands in no town
        var institutions = List.of(
                new InstitutionFigure(1, 990, 1000),
                new InstitutionFigure(2, 10, 40),
                new InstitutionFigure(3, 25, 25),
                new InstitutionFigure(9, 7, 8));
        Map<Long, String> towns = Map.of(1L, "330109001", 2L, "330109001", 3L, "330109002");
        var result = PlatformFormulas.byInstitution(institutions, towns::get);
        assertThat(result.get("330109001").value()).isEqualByComparingTo("96.15");
        assertThat(result.get("330109001").numerator()).isEqualByComparingTo("1000");
        assertThat(result.get("330109001").denominator()).isEqualByComparingTo("1040");
        assertThat(result.get("330109002").value()).isEqualByComparingTo("100.00");
        assertThat(result).hasSize(2);
    }

    @Test
    void chronicControlRatesSumTheStationsOfATown() {
        // 血压控制率: station 1 has 30 of 48 managed patients on target, station 2 has 12 of 32 → 42 / 80 = 52.5 %
        var units = List.of(new UnitFigure(1, 30, 48), new UnitFigure(2, 12, 32));
        var result = PlatformFormulas.familyDoctor(units, Map.of(1L, "330109001", 2L, "330109001")::get);
        assertThat(result.get("330109001").value()).isEqualByComparingTo("52.50");
    }

    @Test
    void vaccinationCoverageDividesTheVaccinatedByTheCohort() {
        var rows =
                List.of(new TownCoverage("330109001", 200, 193, 1000, 312), new TownCoverage("330109002", 0, 0, 3, 1));
        assertThat(PlatformFormulas.dtap3(rows).get("330109001").value()).isEqualByComparingTo("96.50");
        assertThat(PlatformFormulas.dtap3(rows).get("330109002").value()).isNull();
        assertThat(PlatformFormulas.fluElderly(rows).get("330109001").value()).isEqualByComparingTo("31.20");
        assertThat(PlatformFormulas.fluElderly(rows).get("330109002").value()).isEqualByComparingTo("33.33");
    }

    @Test
    void aedsPerHundredThousandCountOnlyUsableDevices() {
        var aeds = List.of(
                aed("330109001001", AedStatus.IN_SERVICE, DAY, DAY.plusDays(10)), // pads expire today: still usable
                aed("330109001002", AedStatus.IN_SERVICE, DAY.plusDays(100), DAY.plusDays(100)),
                aed("330109001", AedStatus.IN_SERVICE, DAY.plusDays(100), DAY.plusDays(100)),
                aed("330109001", AedStatus.IN_SERVICE, DAY.minusDays(1), DAY.plusDays(100)), // pads expired
                aed("330109001", AedStatus.MAINTENANCE, DAY.plusDays(100), DAY.plusDays(100)), // in maintenance
                aed("330109002", AedStatus.IN_SERVICE, DAY.plusDays(100), DAY.minusDays(1))); // battery expired
        var result = PlatformFormulas.aeds(aeds, Map.of("330109001", 4000, "330109002", 2000), DAY);
        // 3 usable ÷ 4,000 × 100,000 = 75
        assertThat(result.get("330109001").value()).isEqualByComparingTo("75.00");
        assertThat(result.get("330109002").value()).isEqualByComparingTo("0.00");
    }

    @Test
    void childcarePlacesPerThousand() {
        var towns = List.of(
                new TownPlaces("330109001", "城厢街道", 3, 3, 310, 200, 62000, null, true),
                new TownPlaces("330109002", "北干街道", 1, 1, 40, 40, null, null, false));
        var result = PlatformFormulas.childcarePlaces(towns);
        // 310 ÷ 62,000 × 1,000 = 5
        assertThat(result.get("330109001").value()).isEqualByComparingTo("5.00");
        assertThat(result).doesNotContainKey("330109002");
    }

    private static Aed aed(String town, AedStatus status, LocalDate pads, LocalDate battery) {
        return new Aed(
                1,
                town,
                30.1,
                120.2,
                "楼",
                BuildingType.GOVERNMENT,
                "1F",
                "大厅",
                AccessHours.roundTheClock(),
                "单位",
                "0571-80000000",
                "型号",
                "SN",
                pads,
                battery,
                DAY.minusDays(3),
                status);
    }
}
