package org.regionalhealth.weight.plan;

import org.jspecify.annotations.Nullable;
import org.regionalhealth.weight.norms.ActivityLevel;

/** What the resident enters to make a plan (the rest comes from the record and the family doctor's register). */
public record PlanForm(
        double heightCm,
        double weightKg,
        @Nullable Double waistCm,
        ActivityLevel activity,
        int deficitKcal,
        boolean pregnant,
        boolean insulinOrSulfonylurea,
        boolean eatingDisorderRisk) {}
