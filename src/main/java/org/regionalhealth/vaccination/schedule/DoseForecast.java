package org.regionalhealth.vaccination.schedule;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One dose of the forecast.
 *
 * @param series the schedule series (HEPB, DTAP …)
 * @param dose the dose number within the series
 * @param product the product the schedule gives for it (a catch-up may substitute DT or Td)
 * @param next the person's next dose of the series (the others are projections from it)
 * @param earliest the first day it may be given
 * @param recommended the day the schedule puts it (the minimum age)
 * @param latest the last timely day (the day before the completion deadline), {@code null} when none
 * @param reason what sets {@code earliest}
 * @param programme a national-programme dose
 * @param free free to the person (programme dose, or a Zhejiang programme covers them)
 * @param catchUp given by the catch-up rules (a substituted product or past its deadline)
 * @param source the rule's source code (sources.csv)
 * @param unconfirmed the rule rests on evidence that must be checked (shown as 待核实)
 */
public record DoseForecast(
        String series,
        String track,
        int dose,
        String product,
        DoseStatus status,
        boolean next,
        @Nullable LocalDate earliest,
        @Nullable LocalDate recommended,
        @Nullable LocalDate latest,
        @Nullable EarliestReason reason,
        boolean programme,
        boolean free,
        boolean catchUp,
        String source,
        boolean unconfirmed,
        String note) {

    public boolean actionable() {
        return status == DoseStatus.DUE || status == DoseStatus.OVERDUE;
    }
}
