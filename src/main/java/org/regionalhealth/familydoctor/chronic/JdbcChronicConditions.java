package org.regionalhealth.familydoctor.chronic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.regionalhealth.familydoctor.ChronicConditions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link ChronicConditions} from the chronic-patient register (unique per resident and disease). */
@Component
class JdbcChronicConditions implements ChronicConditions {

    /** ICD-10 (GB/T 14396) of the register's diseases: the code a prescription's diagnosis carries. */
    static final Map<Disease, String> ICD10 = Map.of(
            Disease.HYPERTENSION, "I10",
            Disease.DIABETES_T2, "E11.9",
            Disease.COPD, "J44.9",
            Disease.ASTHMA, "J45.9",
            Disease.CORONARY_HEART_DISEASE, "I25.1",
            Disease.STROKE, "I69.4",
            Disease.CHRONIC_KIDNEY_DISEASE, "N18.9");

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

    @Override
    public List<Condition> managed(long residentId) {
        return jdbc.sql(
                        """
                        select disease, unit_id, registered_on, last_visit_on, next_due from familydoctor_chronic_patient
                        where resident_id = ? and status = 'ACTIVE' order by registered_on, disease""")
                .param(residentId)
                .query((rs, n) -> {
                    var disease = Disease.valueOf(rs.getString(1));
                    return new Condition(
                            disease.name(),
                            ICD10.get(disease),
                            disease.labelZh(),
                            rs.getLong(2),
                            rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class));
                })
                .list();
    }
}
