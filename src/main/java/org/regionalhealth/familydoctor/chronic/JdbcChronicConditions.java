package org.regionalhealth.familydoctor.chronic;

import org.regionalhealth.familydoctor.ChronicConditions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link ChronicConditions} from the chronic-patient register (unique per resident and disease). */
@Component
class JdbcChronicConditions implements ChronicConditions {

    private final JdbcClient jdbc;

    JdbcChronicConditions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Managed of(long residentId) {
        return jdbc.sql(
                        """
                        select coalesce(bool_or(disease = 'HYPERTENSION'), false),
                               coalesce(bool_or(disease = 'DIABETES_T2'), false)
                        from familydoctor_chronic_patient where resident_id = ? and status = 'ACTIVE'""")
                .param(residentId)
                .query((rs, n) -> new Managed(rs.getBoolean(1), rs.getBoolean(2)))
                .single();
    }
}
