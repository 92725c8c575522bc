package org.regionalhealth.vaccination.record;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.vaccination.VaccinationGiven;
import org.regionalhealth.vaccination.people.Person;
import org.regionalhealth.vaccination.schedule.GivenDose;
import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
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
    private final DataSource dataSource;

    VaccinationRecords(
            JdbcClient jdbc, ApplicationEventPublisher events, ScheduleEngine engine, DataSource dataSource) {
        this.jdbc = jdbc;
        this.events = events;
        this.engine = engine;
        this.dataSource = dataSource;
    }

    /**
     * A bulk writer of histories on the current transaction's connection ({@code COPY}): for the demo district and
     * provincial exports. Must be called inside a transaction and closed before it commits.
     */
    public HistoryCopy bulkHistory() {
        return new HistoryCopy(DataSourceUtils.getConnection(dataSource));
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
        refreshStatus(person.id());
        var series = engine.rules().vaccine(product).orElseThrow().series();
        events.publishEvent(
                new VaccinationGiven(id, person.id(), product, series, day, clinicId, lotNumber, traceCode));
        return id;
    }

    /** One dose reported by another system (the provincial immunization system over FHIR); returns its id. */
    public long recordReported(Person person, String product, LocalDate day, @Nullable String lotNumber) {
        long id = jdbc.sql(
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
        refreshStatus(person.id());
        return id;
    }

    /** The resident a record belongs to. */
    public java.util.Optional<Long> residentOf(long recordId) {
        return jdbc.sql("select resident_id from vaccination_record where id = ?")
                .param(recordId)
                .query(Long.class)
                .optional();
    }

    private static final String STATUS_SELECT =
            """
            select v.resident_id, r.division_code, r.birth_date, r.sex,
              count(*) filter (where v.product = any(?)), count(*) filter (where v.product = any(?)),
              count(*) filter (where v.product = any(?)), count(*) filter (where v.product = any(?)),
              count(*) filter (where v.product = any(?)), count(*) filter (where v.product = any(?)),
              max(v.given_on) filter (where v.product = any(?))
            from vaccination_record v join residents_resident r on r.id = v.resident_id""";

    private static final String STATUS_GROUP = " group by v.resident_id, r.division_code, r.birth_date, r.sex";

    private static final String STATUS_UPSERT =
            """
             on conflict (resident_id) do update set division_code = excluded.division_code,
              birth_date = excluded.birth_date, sex = excluded.sex, bcg = excluded.bcg, hepb = excluded.hepb,
              polio = excluded.polio, dtap = excluded.dtap, mmr = excluded.mmr, hpv = excluded.hpv,
              last_flu = excluded.last_flu""";

    private Object[] seriesProducts() {
        return java.util.stream.Stream.of("BCG", "HEPB", "POLIO", "DTAP", "MMR", "HPV", "FLU")
                .map(series -> engine.rules().vaccines().values().stream()
                        .filter(v -> v.series().contains(series))
                        .map(org.regionalhealth.vaccination.schedule.Vaccine::code)
                        .toArray(String[]::new))
                .toArray();
    }

    /**
     * Recomputes one resident's row of the coverage rollup ({@code vaccination_status}) from their records; every
     * writer of {@code vaccination_record} calls it in its transaction.
     */
    public void refreshStatus(long residentId) {
        var params = new java.util.ArrayList<Object>(List.of(seriesProducts()));
        params.add(residentId);
        int updated = jdbc.sql("insert into vaccination_status " + STATUS_SELECT + " where v.resident_id = ?"
                        + STATUS_GROUP + " " + STATUS_UPSERT)
                .params(params)
                .update();
        if (updated == 0) {
            jdbc.sql("delete from vaccination_status where resident_id = ?")
                    .param(residentId)
                    .update();
        }
    }

    /** Rebuilds the whole coverage rollup from the records (after a bulk load); returns the rows written. */
    public int rebuildStatus() {
        jdbc.sql("truncate vaccination_status").update();
        int rows = jdbc.sql("insert into vaccination_status " + STATUS_SELECT + STATUS_GROUP)
                .params(seriesProducts())
                .update();
        jdbc.sql("analyze vaccination_status").update();
        return rows;
    }

    /** Whether the rollup must be built: records exist but no status rows (a database from before the rollup). */
    public boolean statusMissing() {
        return jdbc.sql(
                        """
                        select exists(select 1 from vaccination_record)
                          and not exists(select 1 from vaccination_status)""")
                .query(Boolean.class)
                .single();
    }
}
