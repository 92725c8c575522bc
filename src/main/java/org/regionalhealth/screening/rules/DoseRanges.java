package org.regionalhealth.screening.rules;

import org.regionalhealth.drugs.DoseRange;
import org.regionalhealth.drugs.Generic;

/**
 * Which labelled dose range applies to a patient: adults (and adolescents at or above the adult range's
 * {@code minAgeYears}, e.g. montelukast 10 mg from 15 years) get the adult range for the route; other children the
 * paediatric range, or — when the label has none — the adult range, because a child never exceeds the adult limits.
 */
final class DoseRanges {

    private DoseRanges() {}

    /** The range for this patient, {@code null} when the generic has no dosing. */
    static DoseRange forPatient(Generic generic, String route, Double ageYears) {
        if (generic == null || generic.dose() == null) {
            return null;
        }
        DoseRange adult = generic.dose().adultFor(route).orElse(null);
        if (!isChild(generic, adult, ageYears)) {
            return adult;
        }
        return generic.dose().paediatric() != null ? generic.dose().paediatric() : adult;
    }

    /** Whether the patient is dosed as a child (under 18 and below the adult range's minimum age). */
    static boolean isChild(Generic generic, DoseRange adult, Double ageYears) {
        if (ageYears == null || ageYears >= 18) {
            return false;
        }
        return adult == null || adult.minAgeYears() == null || ageYears < adult.minAgeYears();
    }

    /** Whether the range scales with body weight. */
    static boolean perKg(DoseRange range) {
        return range != null
                && (range.perKgPerDoseMax() != null
                        || range.perKgPerDayMax() != null
                        || range.perKgPerDoseMin() != null
                        || range.perKgPerDayMin() != null);
    }
}
