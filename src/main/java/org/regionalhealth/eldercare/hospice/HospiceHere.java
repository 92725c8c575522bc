package org.regionalhealth.eldercare.hospice;

import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.TreatingRelationship;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A resident referred to or cared for in a hospice ward of the doctor's hospital is the hospital's patient: the ward's
 * doctors see the name and age of the people on their ward (the ward list showed "—, 0岁" before, s7-21).
 */
@Component
class HospiceHere implements TreatingRelationship {

    private final JdbcClient jdbc;

    HospiceHere(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean treats(Resident resident, CurrentUser user) {
        return jdbc.sql(
                        """
                        select exists(select 1 from eldercare_hospice_patient
                                      where resident_id = ? and ward_path like ?)""")
                .params(resident.id(), user.scope().likePattern())
                .query(Boolean.class)
                .single();
    }
}
