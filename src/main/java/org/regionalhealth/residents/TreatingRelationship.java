package org.regionalhealth.residents;

import org.regionalhealth.platform.CurrentUser;

/**
 * A reason, other than registration, for which a clinician may see a resident: the resident was treated at the
 * clinician's unit (a prescription issued there, a referral received there …). A hospital has no registered
 * residents, so a hospital doctor sees their patients through these (issue 16). Modules with such facts declare a
 * bean; the resident index asks every bean, and only for roles that treat patients in a hospital.
 */
public interface TreatingRelationship {

    /** Whether the resident was treated in the user's scope. */
    boolean treats(Resident resident, CurrentUser user);
}
