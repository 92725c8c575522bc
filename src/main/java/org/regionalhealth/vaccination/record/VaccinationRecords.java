package org.regionalhealth.vaccination.record;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.vaccination.VaccinationGiven;
import org.regionalhealth.vaccination.people.Person;
import org.regionalhealth.vaccination.schedule.GivenDose;
import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The vaccination record of every resident (the electronic certificate reads it). Callers audit. */
@Component("vaccinationRecords")
public class VaccinationRecords {

    /** One recorded dose. */
    public record Entry(
            long id,
            String product,
            LocalDate givenOn,
            @Nullable Long clinicId,
            @Nullable String clinicName,
            @Nullable String lotNumber,
            @Nullable String traceCode,
            String origin) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ScheduleEngine engine;

    VaccinationRecords(JdbcClient jdbc, ApplicationEventPublisher events, ScheduleEngine engine) {
        this.jdbc = jdbc;
        this.events = events;
        this.engine = engine;
    }

    public List<Entry> of(long residentId) {
        return jdbc.sql(
                        """
                        select r.id, r.product, r.given_on, r.clinic_id, u.name as clinic_name, l.lot_number,
                               r.trace_code, r.origin
                        from vaccination_record r
                        left join vaccination_lot l on l.id = r.lot_id
                        left join org_unit u on u.id = r.clinic_id
                        where r.resident_id = ? order by r.given_on desc, r.id desc""")
                .param(residentId)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getString("product"),
                        rs.getObject("given_on", LocalDate.class),
                        (Long) rs.getObject("clinic_id"),
                        rs.getString("clinic_name"),
                        rs.getString("lot_number"),
                        rs.getString("trace_code"),
                        rs.getString("origin")))
                .list();
    }

    public List<GivenDose> doses(long residentId) {
        return jdbc.sql("select product, given_on from vaccination_record where resident_id = ?")
                .param(residentId)
                .query((rs, n) -> new GivenDose(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .list();
    }

    /** Records a dose given at a clinic and publishes {@link VaccinationGiven} in the same transaction. */
    public long recordGiven(
            Person person,
            String product,
            LocalDate day,
            long clinicId,
            long lotId,
            String lotNumber,
            String traceCode,
            String nurse) {
        long id = jdbc.sql(
                        """
                        insert into vaccination_record
                            (resident_id, resident_path, division_code, product, given_on, clinic_id, lot_id,
                             trace_code, nurse, origin)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'CLINIC') returning id""")
                .params(
                        person.id(),
                        person.unitPath(),
                        person.divisionCode(),
                        product,
                        day,
                        clinicId,
                        lotId,
                        traceCode,
                        nurse)
                .query(Long.class)
                .single();
        var series = engine.rules().vaccine(product).orElseThrow().series();
        events.publishEvent(
                new VaccinationGiven(id, person.id(), product, series, day, clinicId, lotNumber, traceCode));
        return id;
    }

    /** One dose reported by another system (the provincial immunization system over FHIR); returns its id. */
    public long recordReported(Person person, String product, LocalDate day, @Nullable String lotNumber) {
        return jdbc.sql(
                        """
                        insert into vaccination_record
                            (resident_id, resident_path, division_code, product, given_on, nurse, origin)
                        values (?, ?, ?, ?, ?, ?, 'HISTORY') returning id""")
                .params(
                        person.id(),
                        person.unitPath(),
                        person.divisionCode(),
                        product,
                        day,
                        lotNumber == null ? null : "lot " + lotNumber)
                .query(Long.class)
                .single();
    }

    /** The resident a record belongs to. */
    public java.util.Optional<Long> residentOf(long recordId) {
        return jdbc.sql("select resident_id from vaccination_record where id = ?")
                .param(recordId)
                .query(Long.class)
                .optional();
    }

    /** History taken over from the provincial immunization system (the demo's realistic histories). */
    public void importHistory(Person person, List<GivenDose> doses, @Nullable Long clinicId) {
        for (var d : doses) {
            jdbc.sql(
                            """
                            insert into vaccination_record
                                (resident_id, resident_path, division_code, product, given_on, clinic_id, origin)
                            values (?, ?, ?, ?, ?, ?, 'HISTORY')""")
                    .params(person.id(), person.unitPath(), person.divisionCode(), d.product(), d.date(), clinicId)
                    .update();
        }
    }
}
