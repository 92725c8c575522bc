package org.regionalhealth.weight.norms;

/** Adult BMI categories of WS/T 428-2013 《成人体重判定》 (restated in 体重管理指导原则（2024年版）). */
public enum BmiCategory {
    UNDERWEIGHT,
    NORMAL,
    OVERWEIGHT,
    OBESE
}
