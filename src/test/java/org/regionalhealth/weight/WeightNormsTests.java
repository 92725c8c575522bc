package org.regionalhealth.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.weight.norms.ActivityLevel;
import org.regionalhealth.weight.norms.AdultNorms;
import org.regionalhealth.weight.norms.BmiCategory;
import org.regionalhealth.weight.norms.ChildCategory;
import org.regionalhealth.weight.norms.ChildNorms;
import org.regionalhealth.weight.norms.Energy;
import org.regionalhealth.weight.norms.PlanInput;
import org.regionalhealth.weight.norms.PlanKind;
import org.regionalhealth.weight.norms.PlanNote;
import org.regionalhealth.weight.norms.PlanRules;
import org.regionalhealth.weight.norms.WaistCategory;

/** The norms of 萧慧减 at every cut-off: just below, at and just above (docs/weight.md). */
class WeightNormsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @ParameterizedTest(name = "BMI {0} → {1}")
    @CsvSource({
        "18.4, UNDERWEIGHT", "18.5, NORMAL", "18.6, NORMAL",
        "23.9, NORMAL", "24.0, OVERWEIGHT", "24.1, OVERWEIGHT",
        "27.9, OVERWEIGHT", "28.0, OBESE", "28.1, OBESE"
    })
    void adultBmiCategoriesOfWsT428(String bmi, BmiCategory expected) {
        assertThat(AdultNorms.bmiCategory(new BigDecimal(bmi))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} waist {1} → {2}")
    @CsvSource({
        "MALE, 84.9, NORMAL", "MALE, 85.0, PRE_CENTRAL_OBESITY", "MALE, 85.1, PRE_CENTRAL_OBESITY",
        "MALE, 89.9, PRE_CENTRAL_OBESITY", "MALE, 90.0, CENTRAL_OBESITY", "MALE, 90.1, CENTRAL_OBESITY",
        "FEMALE, 79.9, NORMAL", "FEMALE, 80.0, PRE_CENTRAL_OBESITY", "FEMALE, 80.1, PRE_CENTRAL_OBESITY",
        "FEMALE, 84.9, PRE_CENTRAL_OBESITY", "FEMALE, 85.0, CENTRAL_OBESITY", "FEMALE, 85.1, CENTRAL_OBESITY"
    })
    void adultWaistCategoriesOfWsT428(Sex sex, String waist, WaistCategory expected) {
        assertThat(AdultNorms.waistCategory(sex, new BigDecimal(waist))).isEqualTo(expected);
    }

    @Test
    void bmiIsRoundedToOneDecimalBeforeTheCutOff() {
        // 69.1 kg at 170 cm = 23.91 → 23.9 normal; 69.2 kg = 23.94 → 23.9; 69.3 kg = 23.98 → 24.0 overweight
        assertThat(AdultNorms.bmi(69.1, 170)).isEqualByComparingTo("23.9");
        assertThat(AdultNorms.bmi(69.3, 170)).isEqualByComparingTo("24.0");
        assertThat(AdultNorms.bmiCategory(AdultNorms.bmi(69.3, 170))).isEqualTo(BmiCategory.OVERWEIGHT);
    }

    @ParameterizedTest(name = "{0} {1} half-years BMI {2} → {3}")
    @CsvSource({
        // boys 10.0: overweight 19.2, obese 21.9
        "MALE, 20, 19.1, NOT_OVERWEIGHT", "MALE, 20, 19.2, OVERWEIGHT", "MALE, 20, 19.3, OVERWEIGHT",
        "MALE, 20, 21.8, OVERWEIGHT", "MALE, 20, 21.9, OBESE", "MALE, 20, 22.0, OBESE",
        // girls 6.0: 16.2 / 17.5; girls 18.0: 24.0 / 28.0
        "FEMALE, 12, 16.1, NOT_OVERWEIGHT", "FEMALE, 12, 16.2, OVERWEIGHT", "FEMALE, 12, 17.5, OBESE",
        "FEMALE, 36, 23.9, NOT_OVERWEIGHT", "FEMALE, 36, 24.0, OVERWEIGHT", "FEMALE, 36, 28.0, OBESE",
        // 10 years 5 months uses the 10.0 row (completed half-year), 10 years 6 months the 10.5 row (19.6)
        "MALE, 20, 19.5, OVERWEIGHT", "MALE, 21, 19.5, NOT_OVERWEIGHT", "MALE, 21, 19.6, OVERWEIGHT"
    })
    void schoolAgeCutOffsOfWsT586(Sex sex, int halfYears, String bmi, ChildCategory expected) {
        assertThat(ChildNorms.category(sex, halfYears, new BigDecimal(bmi))).contains(expected);
    }

    @Test
    void schoolAgeTableHasEveryHalfYearAndCompletedHalfYearsCount() {
        assertThat(ChildNorms.rows()).isEqualTo(25);
        assertThat(ChildNorms.halfYears(LocalDate.of(2016, 7, 8), TODAY)).isEqualTo(20); // 10 y 4 m
        assertThat(ChildNorms.halfYears(LocalDate.of(2016, 6, 7), TODAY)).isEqualTo(21); // 10 y 6 m
        assertThat(ChildNorms.category(Sex.MALE, 11, new BigDecimal("30"))).isEmpty(); // 5.5 years: not WS/T 586
    }

    @Test
    void mifflinStJeorWorkedExamples() {
        // man 80 kg, 175 cm, 40 y: 800 + 1093.75 − 200 + 5 = 1698.75; × 1.50 = 2548.1
        assertThat(Energy.restingKcal(Sex.MALE, 80, 175, 40)).isEqualTo(1698.75);
        assertThat(Energy.dailyKcal(Sex.MALE, 80, 175, 40, ActivityLevel.LIGHT)).isEqualTo(2548);
        assertThat(Energy.dailyKcal(Sex.MALE, 80, 175, 40, ActivityLevel.HEAVY)).isEqualTo(3398);
        // woman 70 kg, 160 cm, 50 y: 700 + 1000 − 250 − 161 = 1289; × 1.75 = 2255.75
        assertThat(Energy.restingKcal(Sex.FEMALE, 70, 160, 50)).isEqualTo(1289);
        assertThat(Energy.dailyKcal(Sex.FEMALE, 70, 160, 50, ActivityLevel.MODERATE))
                .isEqualTo(2256);
        assertThat(Energy.paceKgPerWeek(500)).isEqualTo(0.5); // 3,500 / 7,700 = 0.45
        assertThat(Energy.paceKgPerWeek(1000)).isEqualTo(0.9);
    }

    private static PlanInput input(Sex sex, int age, double height, double weight, Double waist, int deficit) {
        return new PlanInput(
                sex,
                TODAY.minusYears(age),
                TODAY,
                height,
                weight,
                waist,
                ActivityLevel.LIGHT,
                deficit,
                false,
                false,
                false,
                false,
                false);
    }

    @Test
    void lossPlanForAnOverweightMan() {
        // 85 kg, 175 cm, 40 y: BMI 27.8 overweight; TEE (1748.75 × 1.5) 2623; −500 → 2123; target 80.8 kg at 0.5 kg/wk
        var plan = PlanRules.make(input(Sex.MALE, 40, 175, 85, 92.0, 500));
        assertThat(plan.kind()).isEqualTo(PlanKind.LOSS);
        assertThat(plan.bmiCategory()).isEqualTo(BmiCategory.OVERWEIGHT);
        assertThat(plan.waistCategory()).isEqualTo(WaistCategory.CENTRAL_OBESITY);
        assertThat(plan.dailyKcal()).isEqualTo(2623);
        assertThat(plan.energyTargetKcal()).isEqualTo(2123);
        assertThat(plan.targetWeightKg()).isEqualTo(80.8);
        assertThat(plan.paceKgPerWeek()).isEqualTo(0.5);
        assertThat(plan.weeks()).isEqualTo(9);
        assertThat(plan.notes()).contains(PlanNote.STAGED_LOSS, PlanNote.CENTRAL_OBESITY);
        assertThat(plan.redFlags()).isEmpty();
    }

    @Test
    void normalWeightKeepsWeightAndCentralObesityStillLoses() {
        assertThat(PlanRules.make(input(Sex.FEMALE, 30, 160, 55, 70.0, 500)).kind())
                .isEqualTo(PlanKind.MAINTAIN);
        assertThat(PlanRules.make(input(Sex.FEMALE, 30, 160, 60, 86.0, 500)).kind())
                .isEqualTo(PlanKind.LOSS);
    }

    @Test
    void bmiFrom325IsStaged() {
        assertThat(PlanRules.make(input(Sex.MALE, 40, 170, 94.0, null, 500)).notes()) // 32.5
                .contains(PlanNote.SEVERE_STAGED);
        assertThat(PlanRules.make(input(Sex.MALE, 40, 170, 93.8, null, 500)).notes()) // 32.5 (32.46 rounded)
                .contains(PlanNote.SEVERE_STAGED);
        assertThat(PlanRules.make(input(Sex.MALE, 40, 170, 93.5, null, 500)).notes()) // 32.4
                .contains(PlanNote.STAGED_LOSS);
    }

    @Test
    void noDeficitPlanForUnder18From75UnderweightPregnancyAndEatingDisorderRisk() {
        assertThat(PlanRules.make(input(Sex.MALE, 17, 170, 80, null, 500)).kind())
                .isEqualTo(PlanKind.REFERRAL);
        assertThat(PlanRules.make(input(Sex.MALE, 18, 170, 80, null, 500)).kind())
                .isEqualTo(PlanKind.LOSS);
        assertThat(PlanRules.make(input(Sex.MALE, 74, 170, 80, null, 500)).kind())
                .isEqualTo(PlanKind.LOSS);
        assertThat(PlanRules.make(input(Sex.MALE, 75, 170, 80, null, 500)).kind())
                .isEqualTo(PlanKind.REFERRAL);
        assertThat(PlanRules.make(input(Sex.MALE, 76, 170, 80, null, 500)).kind())
                .isEqualTo(PlanKind.REFERRAL);
        var under = PlanRules.make(input(Sex.FEMALE, 30, 160, 47.2, null, 500)); // 18.4
        assertThat(under.kind()).isEqualTo(PlanKind.REFERRAL);
        assertThat(under.redFlags()).containsExactly(RedFlag.UNDERWEIGHT);
        assertThat(PlanRules.make(input(Sex.FEMALE, 30, 160, 47.4, null, 500)).kind()) // 18.5
                .isEqualTo(PlanKind.MAINTAIN);
        var pregnant = PlanRules.make(new PlanInput(
                Sex.FEMALE,
                TODAY.minusYears(30),
                TODAY,
                160,
                70,
                null,
                ActivityLevel.LIGHT,
                500,
                true,
                false,
                false,
                false,
                false));
        assertThat(pregnant.kind()).isEqualTo(PlanKind.REFERRAL);
        assertThat(pregnant.redFlags()).containsExactly(RedFlag.PREGNANCY);
        assertThat(pregnant.energyTargetKcal()).isEqualTo(pregnant.dailyKcal());
        var binge = PlanRules.make(new PlanInput(
                Sex.FEMALE,
                TODAY.minusYears(30),
                TODAY,
                160,
                70,
                null,
                ActivityLevel.LIGHT,
                500,
                false,
                false,
                true,
                false,
                false));
        assertThat(binge.redFlags()).containsExactly(RedFlag.EATING_DISORDER);
    }

    @Test
    void minorsUseTheSchoolAgeStandardNotTheAdultOne() {
        // boy 17 years 0 months, 27.7: WS/T 586 17.0 row obese 27.6
        var plan = PlanRules.make(new PlanInput(
                Sex.MALE,
                TODAY.minusYears(17),
                TODAY,
                170,
                80,
                null,
                ActivityLevel.LIGHT,
                500,
                false,
                false,
                false,
                false,
                false));
        assertThat(plan.bmi()).isEqualByComparingTo("27.7");
        assertThat(plan.childCategory()).isEqualTo(ChildCategory.OBESE);
        assertThat(plan.bmiCategory()).isNull();
    }

    @Test
    void diabetesCapsTheDeficitAndInsulinAskingForMoreRaisesAFlag() {
        var diabetic = PlanRules.make(new PlanInput(
                Sex.MALE,
                TODAY.minusYears(55),
                TODAY,
                170,
                90,
                null,
                ActivityLevel.LIGHT,
                800,
                false,
                false,
                false,
                true,
                true));
        assertThat(diabetic.deficitKcal()).isEqualTo(500);
        assertThat(diabetic.notes()).contains(PlanNote.DIABETES_CAP, PlanNote.HYPERTENSION_SALT);
        assertThat(diabetic.redFlags()).isEmpty();
        var insulin = PlanRules.make(new PlanInput(
                Sex.MALE,
                TODAY.minusYears(55),
                TODAY,
                170,
                90,
                null,
                ActivityLevel.LIGHT,
                800,
                false,
                true,
                false,
                false,
                true));
        assertThat(insulin.deficitKcal()).isEqualTo(500);
        assertThat(insulin.redFlags()).containsExactly(RedFlag.INSULIN_SHARP_CUT);
        var insulinAt500 = PlanRules.make(new PlanInput(
                Sex.MALE,
                TODAY.minusYears(55),
                TODAY,
                170,
                90,
                null,
                ActivityLevel.LIGHT,
                500,
                false,
                true,
                false,
                false,
                true));
        assertThat(insulinAt500.redFlags()).isEmpty();
        assertThat(insulinAt500.notes()).contains(PlanNote.INSULIN_CHECK);
    }

    @Test
    void aDeficitBelowTheFloorIsRefused() {
        // woman 150 cm, 58 kg (25.8), 60 y: 580 + 937.5 − 300 − 161 = 1056.5 × 1.5 = 1585; −500 = 1085 ≥ 1000 ok;
        // −600 = 985 < 1000 refused
        assertThat(PlanRules.make(input(Sex.FEMALE, 60, 150, 58, null, 500)).energyTargetKcal())
                .isEqualTo(1085);
        assertThat(PlanRules.make(input(Sex.FEMALE, 60, 150, 58, null, 585)).energyTargetKcal())
                .isEqualTo(1000);
        assertThatThrownBy(() -> PlanRules.make(input(Sex.FEMALE, 60, 150, 58, null, 586)))
                .isInstanceOf(PlatformException.class)
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo("WEIGHT_PLAN_BELOW_FLOOR"))
                .satisfies(
                        e -> assertThat(((PlatformException) e).fieldErrors()).containsKey("deficitKcal"));
    }

    @Test
    void impossibleMeasurementsAreRefusedAllAtOnce() {
        assertThatThrownBy(() -> PlanRules.make(input(Sex.MALE, 40, 99.9, 300.1, 39.0, 1001)))
                .isInstanceOf(PlatformException.class)
                .satisfies(e -> assertThat(((PlatformException) e).fieldErrors())
                        .containsOnlyKeys("heightCm", "weightKg", "waistCm", "deficitKcal"));
        // the limits themselves are accepted
        assertThat(PlanRules.make(input(Sex.MALE, 40, 230, 300, 200.0, 1000)).kind())
                .isEqualTo(PlanKind.LOSS);
        assertThatThrownBy(() -> PlanRules.make(input(Sex.MALE, 40, Double.NaN, 80, null, 500)))
                .isInstanceOf(PlatformException.class);
    }
}
