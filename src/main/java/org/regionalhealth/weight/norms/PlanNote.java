package org.regionalhealth.weight.norms;

/** Why a plan looks as it does; each is a sentence in the bundle ({@code enum.PlanNote.*}) with its source. */
public enum PlanNote {
    /** 18.5 ≤ BMI < 24 without central obesity: keep the weight. */
    NORMAL_KEEP,
    /** BMI ≥ 24 or central obesity: first stage 5 % in about 12 weeks (指导原则: 5–15 % within 6 months). */
    STAGED_LOSS,
    /** BMI ≥ 32.5: staged targets of 5 %, 10 %, 15 %, each over 3–6 months. */
    SEVERE_STAGED,
    /** Waist at or above the central-obesity cut-off. */
    CENTRAL_OBESITY,
    /** Diabetes under management: deficit capped at 500 kcal/d. */
    DIABETES_CAP,
    /** Insulin or sulfonylurea: check with the family doctor before cutting energy. */
    INSULIN_CHECK,
    /** Hypertension under management: salt below 5 g/d. */
    HYPERTENSION_SALT,
    PREGNANCY,
    MINOR,
    ELDERLY,
    UNDERWEIGHT,
    EATING_DISORDER
}
