package org.regionalhealth.weight.plan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.weight.norms.ActivityLevel;
import org.regionalhealth.weight.norms.PlanKind;
import org.regionalhealth.weight.norms.PlanNote;

/** The plan as stored: what the resident's pages show. {@code category} is the label of the BMI category. */
public record StoredPlan(
        long residentId,
        String unitPath,
        double heightCm,
        double startWeightKg,
        double latestWeightKg,
        @Nullable Double waistCm,
        ActivityLevel activity,
        PlanKind kind,
        double bmi,
        @Nullable String category,
        double targetWeightKg,
        double paceKgPerWeek,
        int weeks,
        int dailyKcal,
        int deficitKcal,
        int energyTargetKcal,
        int floorKcal,
        java.util.List<PlanNote> notes,
        boolean insulin,
        LocalDate enrolledOn) {

    /** Share of the way from start to target, 0–100. */
    public int progressPercent() {
        double total = startWeightKg - targetWeightKg;
        if (total <= 0) {
            return 0;
        }
        return (int) Math.max(0, Math.min(100, Math.round((startWeightKg - latestWeightKg) / total * 100)));
    }
}
