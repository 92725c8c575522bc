package org.regionalhealth.consultation;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The online prescriptions for the review center: it reads one when {@link OnlinePrescriptionScreened} arrives and
 * reports the pharmacist's decision back, so the resident and the doctor see it on the consultation (ADR 0003: the
 * review center depends on this module, never the other way round).
 */
public interface OnlinePrescriptions {

    /** The prescription, for the review center's listener (no user: not audited here; the review sheet's read is). */
    Optional<OnlinePrescription> find(long prescriptionId);

    /**
     * The pharmacist's decision: {@code APPROVED} or {@code RETURNED}. Idempotent: the same decision again changes
     * nothing; a prescription already decided keeps its first decision unless the new one is a later decision on a
     * returned prescription.
     *
     * @return whether the prescription changed
     */
    boolean reviewed(long prescriptionId, OnlinePrescriptionStatus decision, @Nullable String note, String reviewer);
}
