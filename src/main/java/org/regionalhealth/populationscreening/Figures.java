package org.regionalhealth.populationscreening;

/**
 * Counts of a programme for a town or the district.
 *
 * @param invited residents invited
 * @param screened first stage done (coverage = screened ÷ invited)
 * @param positive first stage positive (positive rate = positive ÷ screened)
 * @param completed diagnostic step done (follow-up completion = completed ÷ positive)
 * @param overdue referred and past the clock
 * @param detected diagnostic step found what the programme looks for (cancer or advanced adenoma; autism)
 */
public record Figures(long invited, long screened, long positive, long completed, long overdue, long detected) {

    public double coverage() {
        return percent(screened, invited);
    }

    public double positiveRate() {
        return percent(positive, screened);
    }

    public double completion() {
        return percent(completed, positive);
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    public Figures plus(Figures o) {
        return new Figures(
                invited + o.invited,
                screened + o.screened,
                positive + o.positive,
                completed + o.completed,
                overdue + o.overdue,
                detected + o.detected);
    }

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0);
}
