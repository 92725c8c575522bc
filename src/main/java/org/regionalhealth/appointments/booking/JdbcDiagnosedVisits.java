package org.regionalhealth.appointments.booking;

import java.time.LocalDate;
import java.util.List;
import org.regionalhealth.appointments.DiagnosedVisits;
import org.regionalhealth.appointments.schedule.Departments;
import org.regionalhealth.appointments.schedule.UnitNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcDiagnosedVisits implements DiagnosedVisits {

    private final JdbcClient jdbc;
    private final UnitNames units;
    private final Departments departments;

    JdbcDiagnosedVisits(JdbcClient jdbc, UnitNames units, Departments departments) {
        this.jdbc = jdbc;
        this.units = units;
        this.departments = departments;
    }

    @Override
    public List<Visit> of(long residentId) {
        return jdbc.sql(
                        """
                        select id, unit_id, department_code, day, diagnosis_icd10, diagnosis_text from appointments_appointment
                        where resident_id = ? and status = 'ATTENDED' and diagnosis_icd10 is not null
                        order by day desc, id desc limit 50""")
                .param(residentId)
                .query((rs, n) -> new Visit(
                        rs.getLong(1),
                        rs.getLong(2),
                        units.name(rs.getLong(2)),
                        departments.name(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    @Override
    public List<Long> residentsDiagnosedAt(long unitId, LocalDate since, int limit) {
        return jdbc.sql(
                        """
                        select resident_id from appointments_appointment
                        where unit_id = ? and day >= ? and status = 'ATTENDED' and diagnosis_icd10 is not null
                        group by resident_id order by max(day) desc, resident_id limit ?""")
                .params(unitId, since, limit)
                .query(Long.class)
                .list();
    }
}
