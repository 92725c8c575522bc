package org.regionalhealth.vaccination.clinic;

/**
 * The pre-vaccination health questions (预检问诊) and what a "yes" does. The wording and effects follow the 2021 说明
 * §(三) principles as the research notes give them [K: the official 预检 list of 《预防接种工作规范（2023年版）》 was not
 * retrieved]; they are prompts for the clinician, who can still refer the child to a doctor.
 */
public enum PreCheckQuestion {
    /** Fever or acute illness today: defer every vaccine until recovered. */
    ACUTE_ILLNESS(Effect.DEFER_ALL),
    /** Severe allergy to a vaccine component or a severe reaction to an earlier dose: contraindicated. */
    SEVERE_ALLERGY(Effect.DEFER_ALL),
    /** Immune deficiency or immunosuppressive treatment: no live vaccines. */
    IMMUNOSUPPRESSION(Effect.DEFER_LIVE),
    /** Uncontrolled seizures or a progressive neurological disease: defer and refer. */
    UNSTABLE_NEUROLOGICAL(Effect.DEFER_ALL),
    /** Blood products or immunoglobulin in the last three months: defer live vaccines. */
    RECENT_BLOOD_PRODUCTS(Effect.DEFER_LIVE),
    /** Pregnancy: no live vaccines. */
    PREGNANCY(Effect.DEFER_LIVE);

    /** What a "yes" does. */
    public enum Effect {
        DEFER_ALL,
        DEFER_LIVE
    }

    private final Effect effect;

    PreCheckQuestion(Effect effect) {
        this.effect = effect;
    }

    public Effect effect() {
        return effect;
    }
}
