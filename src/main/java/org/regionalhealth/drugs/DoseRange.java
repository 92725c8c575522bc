package org.regionalhealth.drugs;

import java.util.List;

/**
 * Labelled dose limits for one population or route, in the unit of the enclosing {@link Dosing}. Any bound may be
 * {@code null}: the label does not state it, so it cannot be checked (never a guessed value).
 *
 * @param perDoseMin usual minimum single dose
 * @param perDoseMax usual maximum single dose
 * @param perDayMin usual minimum daily dose
 * @param perDayMax usual maximum daily dose
 * @param absoluteMaxPerDay the label's ceiling (极量 or 最大剂量) that no indication exceeds
 * @param absoluteMaxPerDose the single-dose ceiling (药典极量 "一次", or the label's 单次最大剂量)
 * @param perKgPerDoseMin minimum single dose per kg body weight
 * @param perKgPerDoseMax maximum single dose per kg body weight
 * @param perKgPerDayMin minimum daily dose per kg
 * @param perKgPerDayMax maximum daily dose per kg
 * @param minAgeYears youngest age this range is labelled for
 * @param frequencies labelled frequencies (qd, bid, tid, qid, q6h, q8h, q12h, qn, st …)
 * @param maxDays the longest course the label allows (e.g. 5 days for ketorolac), {@code null} when it sets none
 * @param note qualifiers the numbers cannot carry (indication, titration)
 */
public record DoseRange(
        Double perDoseMin,
        Double perDoseMax,
        Double perDayMin,
        Double perDayMax,
        Double absoluteMaxPerDay,
        Double absoluteMaxPerDose,
        Double perKgPerDoseMin,
        Double perKgPerDoseMax,
        Double perKgPerDayMin,
        Double perKgPerDayMax,
        Double minAgeYears,
        List<String> frequencies,
        Integer maxDays,
        String note) {

    public DoseRange {
        frequencies = frequencies == null ? List.of() : List.copyOf(frequencies);
    }

    /** The highest daily amount the label allows: the absolute maximum when stated, else the usual maximum. */
    public Double ceilingPerDay() {
        return absoluteMaxPerDay != null ? absoluteMaxPerDay : perDayMax;
    }
}
