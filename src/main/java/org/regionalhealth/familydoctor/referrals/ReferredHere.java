package org.regionalhealth.familydoctor.referrals;

import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.TreatingRelationship;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A resident referred to the doctor's hospital by a family doctor is the hospital's patient (issue 16). */
@Component
class ReferredHere implements TreatingRelationship {

    private final JdbcClient jdbc;

    ReferredHere(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean treats(Resident resident, CurrentUser user) {
        return jdbc.sql(
                        """
                        select exists(select 1 from familydoctor_referral
                                      where resident_id = ? and to_unit_path like ?)""")
                .params(resident.id(), user.scope().likePattern())
                .query(Boolean.class)
                .single();
    }
}
