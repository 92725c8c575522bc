package org.regionalhealth.populationscreening;

/**
 * 慢阻肺筛查问卷 COPD-SQ (Zhou Y et al., “The development and validation of a Chinese questionnaire for COPD
 * screening”, 2013; used by the national COPD screening programme and Zhejiang's specialty centres): seven items,
 * total 0–31; a total of 16 or more means high risk and a referral for spirometry (肺功能检查) at a specialty centre.
 * Item scores as published [K: taken from the questionnaire as commonly reproduced; check against the paper].
 * Pack-years of exactly 30 score 2 (the form's bands are “15–30” and “≥30”; the higher band wins at the edge).
 */
public final class CopdScreeningQuestionnaire {

    /** Total at or above which spirometry is recommended. */
    public static final int SPIROMETRY_THRESHOLD = 16;

    /** How breathless the person gets. */
    public enum Breathlessness {
        NONE,
        WALKING_FAST_OR_UPHILL,
        WALKING_AT_NORMAL_PACE
    }

    /** The answers; age in years (the questionnaire is for 35+, scored from 40), BMI in kg/m². */
    public record Answers(
            int ageYears,
            double packYears,
            double bmi,
            boolean coughWithoutCold,
            Breathlessness breathlessness,
            boolean biomassFuel,
            boolean familyHistory) {}

    private CopdScreeningQuestionnaire() {}

    public static int score(Answers a) {
        if (a.ageYears() < 0 || a.packYears() < 0 || a.bmi() <= 0) {
            throw new IllegalArgumentException("age, pack-years and BMI must be positive");
        }
        int age = a.ageYears() < 50 ? 0 : a.ageYears() < 60 ? 3 : a.ageYears() < 70 ? 7 : 10;
        int smoking = a.packYears() < 15 ? 0 : a.packYears() < 30 ? 1 : 2;
        int bmi = a.bmi() < 18.5 ? 7 : a.bmi() < 24.0 ? 4 : a.bmi() < 28.0 ? 1 : 0;
        int cough = a.coughWithoutCold() ? 5 : 0;
        int breath =
                switch (a.breathlessness()) {
                    case NONE -> 0;
                    case WALKING_FAST_OR_UPHILL -> 2;
                    case WALKING_AT_NORMAL_PACE -> 3;
                };
        return age + smoking + bmi + cough + breath + (a.biomassFuel() ? 1 : 0) + (a.familyHistory() ? 3 : 0);
    }

    public static boolean needsSpirometry(int score) {
        return score >= SPIROMETRY_THRESHOLD;
    }
}
