package org.regionalhealth.drugs;

import java.util.Objects;

/**
 * A renal threshold from the label, on eGFR (ml/min/1.73 m², CKD-EPI) or — where the label gives a creatinine
 * clearance — on Cockcroft–Gault CrCl (ml/min, needs weight, age, sex and serum creatinine; issue 14).
 *
 * @param egfrBelow applies when the estimate is below this value (eGFR or CrCl, as {@code basis} says)
 * @param action what the label asks
 * @param perDayMax maximum daily dose in this band, when the label states one (unit of {@link Dosing})
 * @param note the label's wording, restated
 * @param basis which estimate the threshold is on
 */
public record RenalLimit(double egfrBelow, Restriction action, Double perDayMax, String note, Basis basis) {

    /** The kidney-function estimate a label threshold is on. */
    public enum Basis {
        /** eGFR, ml/min/1.73 m² (YAML {@code egfrBelow}) */
        EGFR,
        /** creatinine clearance by Cockcroft–Gault, ml/min (YAML {@code crclBelow}) */
        CRCL
    }

    public RenalLimit {
        Objects.requireNonNull(action, "action");
        basis = basis == null ? Basis.EGFR : basis;
    }

    public RenalLimit(double egfrBelow, Restriction action, Double perDayMax, String note) {
        this(egfrBelow, action, perDayMax, note, Basis.EGFR);
    }

    /** The threshold, whichever basis. */
    public double below() {
        return egfrBelow;
    }
}
