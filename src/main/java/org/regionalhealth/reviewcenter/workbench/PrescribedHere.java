package org.regionalhealth.reviewcenter.workbench;

import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.TreatingRelationship;
import org.regionalhealth.reviewcenter.intake.RegionalHistory;
import org.regionalhealth.screening.formats.PatientIntake;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A resident with a prescription issued in the doctor's hospital is the doctor's patient (issue 16). Prescriptions
 * carry the keyed hash of the ID number, not the resident, so the resident's key is computed the way intake does.
 */
@Component
class PrescribedHere implements TreatingRelationship {

    private final JdbcClient jdbc;
    private final RegionalHistory history;

    PrescribedHere(JdbcClient jdbc, RegionalHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public boolean treats(Resident resident, CurrentUser user) {
        String key = history.keyOf(new PatientIntake().idNumber(resident.idNumber()));
        return key != null
                && jdbc.sql(
                                """
                                select exists(select 1 from prescriptionreview_prescription
                                              where patient_key = ? and institution_path like ?)""")
                        .params(key, user.scope().likePattern())
                        .query(Boolean.class)
                        .single();
    }
}
