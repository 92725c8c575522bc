package org.regionalhealth.weight.norms;

import org.regionalhealth.residents.Sex;

/**
 * The energy target's arithmetic. Resting energy by the <b>Mifflin–St Jeor</b> equation (Mifflin MD, St Jeor ST et
 * al., Am J Clin Nutr 1990;51:241–247): men {@code 10W + 6.25H − 5A + 5}, women {@code 10W + 6.25H − 5A − 161}
 * (W kg, H cm, A years), times the Chinese DRIs activity level ({@link ActivityLevel}). Mifflin–St Jeor is not a
 * Chinese norm; it is named as the formula used (research §4.6), and the deficit and the floor are the Chinese ones.
 */
public final class Energy {

    public static final String EQUATION = "Mifflin–St Jeor（Am J Clin Nutr 1990;51:241）× 中国DRIs身体活动水平";

    /** 体重管理指导原则（2024年版）: 每日减少 500–1,000 kcal. */
    public static final int MAX_DEFICIT = 1000;

    public static final int DEFAULT_DEFICIT = 500;

    /**
     * Daily intake never planned below (成人肥胖食养指南（2024年版）: 限能量 男 1,200–1,500, 女 1,000–1,200 kcal/d; the lower
     * ends are the floor).
     */
    public static final int FLOOR_MEN = 1200;

    public static final int FLOOR_WOMEN = 1000;

    public static final String FLOOR_SOURCE = "成人肥胖食养指南（2024年版）";

    /** Energy of 1 kg of body weight lost, the usual convention (≈ 7,700 kcal), for the expected pace. */
    public static final double KCAL_PER_KG = 7700;

    private Energy() {}

    public static double restingKcal(Sex sex, double weightKg, double heightCm, int ageYears) {
        return 10 * weightKg + 6.25 * heightCm - 5 * ageYears + (sex == Sex.MALE ? 5 : -161);
    }

    /** Total daily energy expenditure, whole kcal (half up). */
    public static int dailyKcal(Sex sex, double weightKg, double heightCm, int ageYears, ActivityLevel level) {
        return (int) Math.round(restingKcal(sex, weightKg, heightCm, ageYears) * level.pal());
    }

    public static int floor(Sex sex) {
        return sex == Sex.MALE ? FLOOR_MEN : FLOOR_WOMEN;
    }

    /** Expected loss per week of a daily deficit, kg, one decimal. */
    public static double paceKgPerWeek(int deficitKcal) {
        return Math.round(deficitKcal * 7 / KCAL_PER_KG * 10) / 10.0;
    }
}
