package org.regionalhealth.appointments.dashboard;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.regionalhealth.appointments.schedule.Departments;
import org.regionalhealth.appointments.schedule.UnitNames;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.ReportingDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The district's booking figures over a period, within a scope: fill rate (booked ÷ slots), no-show rate (no-shows ÷
 * visits due), cancellations, booking lead time, and the triage outcomes with red-flag calls. Counts only: no person.
 */
@Component
class BookingDashboard {

    private final JdbcClient jdbc;
    private final UnitNames units;
    private final Departments departments;

    /** Reads the read replica when one is configured ({@link ReportingDatabase}). */
    BookingDashboard(ReportingDatabase reporting, UnitNames units, Departments departments) {
        this.jdbc = reporting.jdbc();
        this.units = units;
        this.departments = departments;
    }

    public record Totals(
            long sessions,
            long slots,
            long booked,
            long attended,
            long noShows,
            long cancelled,
            long stopped,
            double leadDays,
            long triages,
            long redFlags) {

        public double fillRate() {
            return slots == 0 ? 0 : 100.0 * booked / slots;
        }

        public double noShowRate() {
            return attended + noShows == 0 ? 0 : 100.0 * noShows / (attended + noShows);
        }
    }

    public record Row(
            long unitId, String unitName, long slots, long booked, long attended, long noShows, long cancelled) {

        public double fillRate() {
            return slots == 0 ? 0 : 100.0 * booked / slots;
        }

        public double noShowRate() {
            return attended + noShows == 0 ? 0 : 100.0 * noShows / (attended + noShows);
        }
    }

    public record Count(String label, long count) {}

    Totals totals(DataScope scope, LocalDate from, LocalDate to, ZoneId zone) {
        var slots = jdbc.sql(
                        """
                        select count(*), coalesce(sum(capacity), 0) from appointments_session
                        where unit_path like ? and day between ? and ? and service_type = 'OUTPATIENT'""")
                .params(scope.likePattern(), from, to)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        var a = jdbc.sql(
                        """
                        select count(*) filter (where status in ('BOOKED', 'ATTENDED', 'NO_SHOW')),
                               count(*) filter (where status = 'ATTENDED'),
                               count(*) filter (where status = 'NO_SHOW'),
                               count(*) filter (where status = 'CANCELLED'),
                               count(*) filter (where status = 'STOPPED'),
                               coalesce(avg(extract(epoch from (starts_at - booked_at)) / 86400.0), 0)
                        from appointments_appointment
                        where unit_path like ? and day between ? and ? and service_type = 'OUTPATIENT'""")
                .params(scope.likePattern(), from, to)
                .query((rs, n) -> new double[] {
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getDouble(6)
                })
                .single();
        var t = jdbc.sql(
                        """
                        select count(*), count(*) filter (where outcome = 'EMERGENCY') from appointments_triage
                        where unit_path like ? and created_at >= ? and created_at < ?""")
                .params(
                        scope.likePattern(),
                        Timestamp.from(from.atStartOfDay(zone).toInstant()),
                        Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        return new Totals(
                slots[0],
                slots[1],
                (long) a[0],
                (long) a[1],
                (long) a[2],
                (long) a[3],
                (long) a[4],
                Math.round(a[5] * 10) / 10.0,
                t[0],
                t[1]);
    }

    List<Row> byInstitution(DataScope scope, LocalDate from, LocalDate to) {
        return jdbc.sql(
                        """
                        select s.unit_id, sum(s.capacity) as slots,
                               coalesce(sum(a.booked), 0), coalesce(sum(a.attended), 0), coalesce(sum(a.no_shows), 0),
                               coalesce(sum(a.cancelled), 0)
                        from appointments_session s
                        left join (select session_id,
                                          count(*) filter (where status in ('BOOKED', 'ATTENDED', 'NO_SHOW')) as booked,
                                          count(*) filter (where status = 'ATTENDED') as attended,
                                          count(*) filter (where status = 'NO_SHOW') as no_shows,
                                          count(*) filter (where status = 'CANCELLED') as cancelled
                                   from appointments_appointment group by session_id) a on a.session_id = s.id
                        where s.unit_path like ? and s.day between ? and ? and s.service_type = 'OUTPATIENT'
                        group by s.unit_id order by slots desc, s.unit_id""")
                .params(scope.likePattern(), from, to)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        units.name(rs.getLong(1)),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6)))
                .list();
    }

    /** Triage outcomes: the department recommended, or the red flag that sent the resident to 120. */
    List<Count> triageOutcomes(DataScope scope, LocalDate from, LocalDate to, ZoneId zone) {
        return jdbc.sql(
                        """
                        select outcome, coalesce(red_flag, department_code), count(*) from appointments_triage
                        where unit_path like ? and created_at >= ? and created_at < ?
                        group by 1, 2 order by 3 desc limit 20""")
                .params(
                        scope.likePattern(),
                        Timestamp.from(from.atStartOfDay(zone).toInstant()),
                        Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> new Count(
                        "EMERGENCY".equals(rs.getString(1))
                                ? "120：" + redFlagName(rs.getString(2))
                                : departments.name(rs.getString(2)),
                        rs.getLong(3)))
                .list();
    }

    private static String redFlagName(String code) {
        return org.regionalhealth.appointments.triage.RedFlags.TABLE.stream()
                .filter(f -> f.code().equals(code))
                .map(org.regionalhealth.appointments.triage.RedFlag::name)
                .findFirst()
                .orElse("危险信号");
    }
}
