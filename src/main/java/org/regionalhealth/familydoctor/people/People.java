package org.regionalhealth.familydoctor.people;

import java.util.Optional;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The residents this module manages. Enrolling a resident reads them from the resident index (scoped and audited
 * there) and keeps a copy of the few fields worklists need, so a worklist of fifty names is one query, not fifty
 * audited look-ups.
 */
@Component
public class People {

    private final JdbcClient jdbc;
    private final ResidentIndex residents;

    People(JdbcClient jdbc, ResidentIndex residents) {
        this.jdbc = jdbc;
        this.residents = residents;
    }

    /**
     * The resident, copied from the index if not yet known.
     *
     * @throws PlatformException 404 when the resident does not exist or lies outside the user's scope
     */
    public Person enrol(long residentId, CurrentUser user, String purpose) {
        var resident = residents
                .find(residentId, user, purpose)
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "居民不存在或不在您的权限范围内"));
        jdbc.sql(
                        """
                        insert into familydoctor_person (resident_id, name, sex, birth_date, phone, unit_id, unit_path)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (resident_id) do update set name = excluded.name, phone = excluded.phone,
                            unit_id = excluded.unit_id, unit_path = excluded.unit_path
                        """)
                .params(
                        resident.id(),
                        resident.name(),
                        resident.sex().code(),
                        resident.birthDate(),
                        resident.phone(),
                        resident.unitId(),
                        resident.unitPath())
                .update();
        return find(residentId).orElseThrow();
    }

    public Optional<Person> find(long residentId) {
        return jdbc.sql("select * from familydoctor_person where resident_id = ?")
                .param(residentId)
                .query((rs, n) -> new Person(
                        rs.getLong("resident_id"),
                        rs.getString("name"),
                        rs.getString("sex"),
                        rs.getObject("birth_date", java.time.LocalDate.class),
                        rs.getString("phone"),
                        rs.getLong("unit_id"),
                        rs.getString("unit_path")))
                .optional();
    }
}
