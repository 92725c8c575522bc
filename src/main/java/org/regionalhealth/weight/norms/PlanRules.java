package org.regionalhealth.weight.norms;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.weight.RedFlag;
import org.springframework.http.HttpStatus;

/**
 * Makes a plan from the norms (stateless). The order of the rules is the order of safety: who gets no deficit plan at
 * all (pregnancy, under 18, 75 and over, BMI &lt; 18.5, eating-disorder risk → REFERRAL with a red flag where the
 * doctor must act), then who needs no loss (normal BMI, no central obesity → MAINTAIN), then the loss plan with the
 * caps (diabetes 500 kcal/d; insulin or sulfonylurea asking for more → capped and a red flag) and the floor.
 *
 * <p>Bad measurements and a deficit that takes the target below the floor are refused with Chinese messages on their
 * fields, all at once ({@link PlatformException}, 400), before anything is stored.
 */
public final class PlanRules {

    /** 萧慧减 makes no deficit plan from this age (platform choice; 指导原则 gives adults 80+ a suitable BMI 22–26.9). */
    public static final int ELDERLY_AGE = 75;

    public static final int ADULT_AGE = 18;

    /** BMI from which the staged targets apply (指导原则: BMI ≥ 32.5). */
    public static final BigDecimal SEVERE_BMI = new BigDecimal("32.5");

    /** First-stage loss: 5 % of the current weight (指导原则: 5–15 % within 6 months; staged 5 % for BMI ≥ 32.5). */
    public static final double FIRST_STAGE = 0.05;

    /** Cap of the daily deficit for a resident with diabetes (platform choice, the lower end of 500–1,000 kcal). */
    public static final int DIABETES_MAX_DEFICIT = 500;

    public static final double MIN_HEIGHT = 100;
    public static final double MAX_HEIGHT = 230;
    public static final double MIN_WEIGHT = 20;
    public static final double MAX_WEIGHT = 300;
    public static final double MIN_WAIST = 40;
    public static final double MAX_WAIST = 200;

    private PlanRules() {}

    /** Checks the measurements; every bad field at once. */
    public static void validate(double heightCm, double weightKg, Double waistCm, int deficitKcal) {
        var errors = new LinkedHashMap<String, String>();
        if (!(heightCm >= MIN_HEIGHT && heightCm <= MAX_HEIGHT)) {
            errors.put("heightCm", "身高应在100–230厘米之间，请核对（例如 165）");
        }
        if (!(weightKg >= MIN_WEIGHT && weightKg <= MAX_WEIGHT)) {
            errors.put("weightKg", "体重应在20–300公斤之间，请核对（例如 68.5）");
        }
        if (waistCm != null && !(waistCm >= MIN_WAIST && waistCm <= MAX_WAIST)) {
            errors.put("waistCm", "腰围应在40–200厘米之间，请核对（在肚脐上方1厘米处水平测量）");
        }
        if (deficitKcal < 0 || deficitKcal > Energy.MAX_DEFICIT) {
            errors.put("deficitKcal", "每日能量缺口应在0–1000千卡之间（体重管理指导原则：每日减少500–1000千卡）");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(HttpStatus.BAD_REQUEST, "WEIGHT_INVALID_INPUT", "请核对标红的项目", errors);
        }
    }

    public static Plan make(PlanInput in) {
        validate(in.heightCm(), in.weightKg(), in.waistCm(), in.deficitKcal());
        int age = Period.between(in.birthDate(), in.today()).getYears();
        BigDecimal bmi = AdultNorms.bmi(in.weightKg(), in.heightCm());
        var notes = new ArrayList<PlanNote>();
        var flags = new ArrayList<RedFlag>();
        int floor = Energy.floor(in.sex());
        int daily = Energy.dailyKcal(in.sex(), in.weightKg(), in.heightCm(), Math.max(age, 0), in.activity());

        if (age < ADULT_AGE) {
            var child = ChildNorms.category(in.sex(), ChildNorms.halfYears(in.birthDate(), in.today()), bmi);
            notes.add(PlanNote.MINOR);
            return new Plan(
                    PlanKind.REFERRAL,
                    age,
                    bmi,
                    null,
                    child.orElse(null),
                    null,
                    in.weightKg(),
                    0,
                    0,
                    daily,
                    0,
                    daily,
                    floor,
                    notes,
                    flags);
        }
        BmiCategory category = AdultNorms.bmiCategory(bmi);
        WaistCategory waist =
                in.waistCm() == null ? null : AdultNorms.waistCategory(in.sex(), BigDecimal.valueOf(in.waistCm()));
        boolean referral = false;
        if (in.pregnant() && in.sex() == Sex.FEMALE) {
            notes.add(PlanNote.PREGNANCY);
            flags.add(RedFlag.PREGNANCY);
            referral = true;
        }
        if (age >= ELDERLY_AGE) {
            notes.add(PlanNote.ELDERLY);
            referral = true;
        }
        if (category == BmiCategory.UNDERWEIGHT) {
            notes.add(PlanNote.UNDERWEIGHT);
            flags.add(RedFlag.UNDERWEIGHT);
            referral = true;
        }
        if (in.eatingDisorderRisk()) {
            notes.add(PlanNote.EATING_DISORDER);
            flags.add(RedFlag.EATING_DISORDER);
            referral = true;
        }
        if (in.hypertension()) {
            notes.add(PlanNote.HYPERTENSION_SALT);
        }
        if (referral) {
            return new Plan(
                    PlanKind.REFERRAL,
                    age,
                    bmi,
                    category,
                    null,
                    waist,
                    in.weightKg(),
                    0,
                    0,
                    daily,
                    0,
                    daily,
                    floor,
                    notes,
                    flags);
        }
        boolean central = waist == WaistCategory.CENTRAL_OBESITY;
        if (central) {
            notes.add(PlanNote.CENTRAL_OBESITY);
        }
        if (category == BmiCategory.NORMAL && !central) {
            notes.add(0, PlanNote.NORMAL_KEEP);
            return new Plan(
                    PlanKind.MAINTAIN,
                    age,
                    bmi,
                    category,
                    null,
                    waist,
                    in.weightKg(),
                    0,
                    0,
                    daily,
                    0,
                    daily,
                    floor,
                    notes,
                    flags);
        }
        notes.add(0, bmi.compareTo(SEVERE_BMI) >= 0 ? PlanNote.SEVERE_STAGED : PlanNote.STAGED_LOSS);
        int deficit = in.deficitKcal();
        if (in.diabetes() || in.insulinOrSulfonylurea()) {
            if (deficit > DIABETES_MAX_DEFICIT) {
                deficit = DIABETES_MAX_DEFICIT;
                if (in.insulinOrSulfonylurea()) {
                    flags.add(RedFlag.INSULIN_SHARP_CUT);
                }
            }
            notes.add(in.insulinOrSulfonylurea() ? PlanNote.INSULIN_CHECK : PlanNote.DIABETES_CAP);
        }
        int target = daily - deficit;
        if (target < floor) {
            throw PlatformException.invalidField(
                    "WEIGHT_PLAN_BELOW_FLOOR",
                    "deficitKcal",
                    "按此缺口每日能量目标为" + target + "千卡，低于" + (in.sex() == Sex.MALE ? "男性" : "女性") + "安全下限" + floor
                            + "千卡（成人肥胖食养指南2024），请减小每日能量缺口");
        }
        double targetWeight = BigDecimal.valueOf(in.weightKg())
                .multiply(BigDecimal.ONE.subtract(BigDecimal.valueOf(FIRST_STAGE)))
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .doubleValue();
        double pace = Energy.paceKgPerWeek(deficit);
        int weeks = pace <= 0 ? 0 : (int) Math.ceil((in.weightKg() - targetWeight) / pace - 1e-9);
        return new Plan(
                PlanKind.LOSS,
                age,
                bmi,
                category,
                null,
                waist,
                targetWeight,
                pace,
                weeks,
                daily,
                deficit,
                target,
                floor,
                notes,
                flags);
    }
}
