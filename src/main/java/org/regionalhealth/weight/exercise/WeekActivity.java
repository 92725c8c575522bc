package org.regionalhealth.weight.exercise;

/**
 * This week's activity against 《中国居民膳食指南（2022）》 (每周至少5天中等强度身体活动，累计150分钟以上；主动身体活动最好每天
 * 6000步) and the 150–300 min/week of moderate activity of the activity guideline; vigorous minutes count double.
 *
 * @param moderateMinutes moderate-equivalent minutes Monday to today
 * @param activeDays days of this week with a check-in
 * @param streakDays consecutive days up to today (or yesterday, while today is still open) with a check-in or
 *     6,000 steps
 * @param stepsToday steps recorded today, 0 without
 */
public record WeekActivity(int moderateMinutes, int activeDays, int streakDays, int stepsToday) {

    public static final int GOAL_MIN = 150;
    public static final int GOAL_MAX = 300;
    public static final int STEPS_GOAL = 6000;

    public boolean goalReached() {
        return moderateMinutes >= GOAL_MIN;
    }

    public int percent() {
        return Math.min(100, moderateMinutes * 100 / GOAL_MIN);
    }
}
