package org.regionalhealth.weight.diary;

import java.time.LocalDate;

/**
 * A day's intake against the plan.
 *
 * @param exerciseKcal energy of the day's check-ins
 * @param remainingKcal target + exercise − intake (negative: over the plan)
 */
public record DayTotals(
        LocalDate day,
        int intakeKcal,
        int proteinG,
        int fatG,
        int carbohydrateG,
        int exerciseKcal,
        int targetKcal,
        int remainingKcal) {

    public boolean over() {
        return remainingKcal < 0;
    }

    /** Share of the target eaten, 0–100 (for the bar). */
    public int percent() {
        return targetKcal <= 0 ? 0 : (int) Math.min(100, Math.round(intakeKcal * 100.0 / (targetKcal + exerciseKcal)));
    }
}
