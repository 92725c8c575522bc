package org.regionalhealth.drugs;

import java.util.Objects;

/**
 * A renal threshold from the label, on eGFR (ml/min/1.73 m²) or, where the label uses Cockcroft–Gault, on CrCl
 * (ml/min); screening uses whichever estimate the patient record has, the note says which the label means.
 *
 * @param egfrBelow applies when the estimate is below this value
 * @param action what the label asks
 * @param perDayMax maximum daily dose in this band, when the label states one (unit of {@link Dosing})
 * @param note the label's wording, restated
 */
public record RenalLimit(double egfrBelow, Restriction action, Double perDayMax, String note) {

    public RenalLimit {
        Objects.requireNonNull(action, "action");
    }
}
