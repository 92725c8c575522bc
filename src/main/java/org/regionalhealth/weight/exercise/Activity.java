package org.regionalhealth.weight.exercise;

/**
 * An activity of {@code weight/activities.csv} with its MET value from the Compendium of Physical Activities (2011
 * adult edition, the code given per row).
 */
public record Activity(String code, String name, String aliases, double met, String compendiumCode, String source) {

    /** Intensity bands of the Compendium: light &lt; 3.0, moderate 3.0–5.9, vigorous ≥ 6.0 METs. */
    public boolean moderateOrVigorous() {
        return met >= 3.0;
    }

    public boolean vigorous() {
        return met >= 6.0;
    }

    /** kcal ≈ MET × body weight (kg) × hours, rounded to whole kcal. */
    public int kcal(int minutes, double weightKg) {
        return (int) Math.round(met * weightKg * minutes / 60.0);
    }
}
