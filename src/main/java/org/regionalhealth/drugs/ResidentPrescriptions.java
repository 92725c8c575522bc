package org.regionalhealth.drugs;

import java.time.LocalDate;
import java.util.List;
import org.regionalhealth.platform.CurrentUser;

/**
 * The medicines prescribed to the signed-in resident anywhere in the district and still being taken, for "我的药品"
 * (issue 8 §4: the resident's own prescriptions with an interaction check). Prescription review stores the
 * prescriptions and implements this; the drugs module only asks, so the dependency runs from prescription review to
 * drugs and not back.
 */
public interface ResidentPrescriptions {

    /** A medicine on one of the resident's prescriptions. */
    record PrescribedMedicine(String drugName, String institution, LocalDate issuedOn, Integer days) {}

    /** The resident's active prescribed medicines on {@code today}; empty for anyone but a resident. */
    List<PrescribedMedicine> activeMedicines(CurrentUser resident, LocalDate today);
}
