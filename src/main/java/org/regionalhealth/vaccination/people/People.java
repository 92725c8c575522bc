package org.regionalhealth.vaccination.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads residents for the vaccination clinics, which serve the whole district (a child is vaccinated at any of the
 * 27 clinics, not only under the unit that manages the record), and the guardian links of the parent's phone.
 * Callers audit their reads.
 */
@Component("vaccinationPeople")
public class People {

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Person> find(long id) {
        return jdbc.sql(
                        "select id, name, id_number, sex, birth_date, unit_path, division_code from residents_resident where id = ?")
                .param(id)
                .query(People::person)
                .optional();
    }

    public Optional<Person> byIdNumber(String idNumber) {
        return jdbc.sql(
                        "select id, name, id_number, sex, birth_date, unit_path, division_code from residents_resident where id_number = ?")
                .param(idNumber.trim().toUpperCase())
                .query(People::person)
                .optional();
    }

    /** The children a guardian may act for, youngest first. */
    public List<Person> childrenOf(long guardianId) {
        return jdbc.sql(
                        """
                        select r.id, r.name, r.id_number, r.sex, r.birth_date, r.unit_path, r.division_code
                        from vaccination_guardian g join residents_resident r on r.id = g.child_resident_id
                        where g.guardian_resident_id = ? order by r.birth_date desc""")
                .param(guardianId)
                .query(People::person)
                .list();
    }

    public boolean isGuardian(long guardianId, long childId) {
        return guardianId == childId
                || jdbc.sql(
                                        "select count(*) from vaccination_guardian where guardian_resident_id = ? and child_resident_id = ?")
                                .params(guardianId, childId)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    public void link(long guardianId, long childId, String relation) {
        jdbc.sql("insert into vaccination_guardian values (?, ?, ?) on conflict do nothing")
                .params(guardianId, childId, relation)
                .update();
    }

    static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("id_number"),
                "2".equals(rs.getString("sex")) ? 'F' : 'M',
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("unit_path"),
                rs.getString("division_code"));
    }
}
