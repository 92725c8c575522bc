package org.regionalhealth.weight.diary;

/** 早餐, 午餐, 晚餐, 加餐 (指导原则: breakfast 30 %, lunch 40 %, dinner 30 % of the day's energy). */
public enum Meal {
    BREAKFAST,
    LUNCH,
    DINNER,
    SNACK
}
