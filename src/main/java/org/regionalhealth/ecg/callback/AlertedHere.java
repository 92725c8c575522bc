package org.regionalhealth.ecg.callback;

import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.TreatingRelationship;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A resident whose critical ECG finding alerted the doctor's chest-pain centre is the centre's patient: its doctors
 * must know whom they are about to receive (issue 20).
 */
@Component
class AlertedHere implements TreatingRelationship {

    private final JdbcClient jdbc;

    AlertedHere(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean treats(Resident resident, CurrentUser user) {
        return jdbc.sql(
                        """
                        select exists(select 1 from ecg_chest_pain_alert
                                      where resident_id = ? and centre_unit_path like ?)""")
                .params(resident.id(), user.scope().likePattern())
                .query(Boolean.class)
                .single();
    }
}
