package org.regionalhealth.weight.norms;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.weight.RedFlag;

/**
 * A personal plan.
 *
 * @param childCategory WS/T 586 category for 6–18 years, else null
 * @param waistCategory null without a waist measurement or under 18
 * @param targetWeightKg the first-stage target (equal to the weight for MAINTAIN and REFERRAL)
 * @param paceKgPerWeek expected loss per week from the deficit (0 without deficit)
 * @param weeks weeks to the target at that pace (0 without deficit)
 * @param dailyKcal total daily energy expenditure
 * @param deficitKcal the deficit planned (after caps)
 * @param energyTargetKcal daily intake target
 * @param floorKcal the safe floor for the sex
 * @param redFlags what goes to the family doctor
 */
public record Plan(
        PlanKind kind,
        int ageYears,
        BigDecimal bmi,
        @Nullable BmiCategory bmiCategory,
        @Nullable ChildCategory childCategory,
        @Nullable WaistCategory waistCategory,
        double targetWeightKg,
        double paceKgPerWeek,
        int weeks,
        int dailyKcal,
        int deficitKcal,
        int energyTargetKcal,
        int floorKcal,
        List<PlanNote> notes,
        List<RedFlag> redFlags) {}
