package org.regionalhealth.weight;

/**
 * What sends a resident of 萧慧减 to the family doctor (体重管理指导原则（2024年版）; research §4.4 "platform red
 * flags"): the coach does not advise on these, the family doctor sees them on the worklist with the reason.
 */
public enum RedFlag {
    /** Weight loss of more than 1 kg a week sustained over at least two weeks (指导原则: 0.5–1 kg/week). */
    RAPID_LOSS,
    /** BMI < 18.5 (WS/T 428-2013 体重过低): no deficit plan. */
    UNDERWEIGHT,
    /** A resident on insulin or a sulfonylurea asking for a deficit above the diabetic cap (hypoglycaemia risk). */
    INSULIN_SHARP_CUT,
    /** Pregnancy: no deficit plan; weight gain follows the pregnancy norms, managed by the doctor. */
    PREGNANCY,
    /** Loss of control over eating, binge eating or purging (指导原则: further assessment or referral to psychiatry). */
    EATING_DISORDER
}
