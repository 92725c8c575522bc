package org.regionalhealth.consultation;

/**
 * Where an online prescription stands (细则: 处方经药师审核后方可生效): screened and waiting for the pharmacist, rejected
 * by screening, approved by the pharmacist (effective), or returned to the doctor.
 */
public enum OnlinePrescriptionStatus {
    AWAITING_REVIEW,
    REJECTED,
    APPROVED,
    RETURNED;

    /** Whether the resident may take it to a pharmacy. */
    public boolean effective() {
        return this == APPROVED;
    }
}
