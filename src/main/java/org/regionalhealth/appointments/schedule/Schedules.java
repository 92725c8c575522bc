package org.regionalhealth.appointments.schedule;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.appointments.AppointmentCancelled;
import org.regionalhealth.appointments.AppointmentStatus;
import org.regionalhealth.appointments.AppointmentsProperties;
import org.regionalhealth.appointments.SessionPeriod;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules (出诊安排): planning sessions and their numbered slots with the release rules, and stopping (停诊) or
 * substituting a session with a notice to every booked resident.
 */
@Component
public class Schedules {

    private final JdbcClient jdbc;
    private final AppointmentsProperties properties;
    private final UnitNames units;
    private final Departments departments;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Schedules(
            JdbcClient jdbc,
            AppointmentsProperties properties,
            UnitNames units,
            Departments departments,
            Notifications notifications,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.units = units;
        this.departments = departments;
        this.notifications = notifications;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** A session as the schedule page lists it. */
    public record Session(
            long id,
            long unitId,
            String unitName,
            String departmentCode,
            String departmentName,
            String serviceType,
            @Nullable String doctorName,
            @Nullable String doctorTitle,
            LocalDate day,
            SessionPeriod period,
            Instant startsAt,
            Instant endsAt,
            int slotMinutes,
            int feeCents,
            int capacity,
            int reserved,
            Instant releaseAt,
            Instant priorityUntil,
            String status,
            @Nullable String stopReason,
            @Nullable String substituteName,
            int booked,
            int attended,
            int noShows,
            int waiting) {

        public boolean stopped() {
            return "STOPPED".equals(status);
        }
    }

    /**
     * Plans a session and its slots (idempotent: the same unit, department, day, period, doctor and service type is
     * planned once). Hospitals keep {@code priorityShare} of the slots for family-doctor referrals until
     * {@code priorityReleaseHours} before the session; community centres keep none (they are the family doctors).
     *
     * @return the session's id, or empty when it was already planned
     */
    @Transactional
    public Optional<Long> plan(NewSession session) {
        var unit = units.unit(session.unitId());
        boolean clinic = unit.type() == UnitType.HOSPITAL || unit.type() == UnitType.HEALTH_CENTRE;
        if (!clinic && "OUTPATIENT".equals(session.serviceType())) {
            throw PlatformException.invalidField("APPOINTMENT_UNIT_NOT_CLINIC", "unitId", "只有医院和社区卫生服务中心可以排门诊号源");
        }
        if (departments.find(session.departmentCode()).isEmpty()) {
            throw PlatformException.invalidField(
                    "APPOINTMENT_DEPARTMENT_UNKNOWN", "departmentCode", "诊疗科目不在目录中：" + session.departmentCode());
        }
        var zone = clock.getZone();
        ZonedDateTime start = session.day().atTime(session.period().start()).atZone(zone);
        ZonedDateTime end = session.day().atTime(session.period().end()).atZone(zone);
        Instant release = session.day()
                .minusDays(properties.releaseDaysAhead())
                .atTime(properties.releaseTime())
                .atZone(zone)
                .toInstant();
        Instant priorityUntil = start.toInstant().minus(Duration.ofHours(properties.priorityReleaseHours()));
        int reserved = unit.type() == UnitType.HOSPITAL
                ? (int) Math.floor(session.capacity() * properties.priorityShare())
                : 0;
        Optional<Long> planned = jdbc.sql(
                        """
                            insert into appointments_session (unit_id, unit_path, department_code, service_type,
                                doctor_staff_id, doctor_name, doctor_title, day, period, starts_at, ends_at, slot_minutes,
                                fee_cents, capacity, reserved, release_at, priority_until)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict do nothing returning id""")
                .params(
                        unit.id(),
                        unit.path(),
                        session.departmentCode(),
                        session.serviceType(),
                        session.doctorStaffId(),
                        session.doctorName(),
                        session.doctorTitle(),
                        session.day(),
                        session.period().name(),
                        Timestamp.from(start.toInstant()),
                        Timestamp.from(end.toInstant()),
                        session.slotMinutes(),
                        session.feeCents(),
                        session.capacity(),
                        reserved,
                        Timestamp.from(release),
                        Timestamp.from(priorityUntil))
                .query(Long.class)
                .optional();
        if (planned.isEmpty()) {
            return planned;
        }
        long id = planned.get();
        long lengthSeconds = Duration.between(start, end).toSeconds();
        jdbc.sql(
                        """
                        insert into appointments_slot (session_id, seq, starts_at, reserved)
                        select ?, g, cast(? as timestamptz) + make_interval(secs => ((g - 1) * cast(? as bigint) / cast(? as int))),
                               (g * cast(? as int)) / cast(? as int) <> ((g - 1) * cast(? as int)) / cast(? as int)
                        from generate_series(1, cast(? as int)) g""")
                .params(
                        id,
                        Timestamp.from(start.toInstant()),
                        lengthSeconds,
                        session.capacity(),
                        reserved,
                        session.capacity(),
                        reserved,
                        session.capacity(),
                        session.capacity())
                .update();
        return Optional.of(id);
    }

    /** Sessions of the scope on a day, optionally one department, by institution, department and period. */
    public PageResult<Session> list(
            DataScope scope,
            LocalDate day,
            @Nullable String departmentCode,
            @Nullable Long unitId,
            int page,
            int size) {
        int bounded = PageResult.boundedSize(size);
        String where =
                """
                where s.unit_path like :scope and s.day = :day
                  and (cast(:dept as varchar) is null or s.department_code = :dept)
                  and (cast(:unit as bigint) is null or s.unit_id = :unit)""";
        long total = jdbc.sql("select count(*) from appointments_session s " + where)
                .param("scope", scope.likePattern())
                .param("day", day)
                .param("dept", departmentCode)
                .param("unit", unitId)
                .query(Long.class)
                .single();
        var items = jdbc.sql(SESSION_SELECT + where
                        + " order by s.unit_id, s.department_code, s.starts_at, s.id limit :limit offset :offset")
                .param("scope", scope.likePattern())
                .param("day", day)
                .param("dept", departmentCode)
                .param("unit", unitId)
                .param("limit", bounded)
                .param("offset", (long) page * bounded)
                .query((rs, n) -> session(rs))
                .list();
        return new PageResult<>(items, total, page, bounded);
    }

    public Optional<Session> find(long id) {
        return jdbc.sql(SESSION_SELECT + " where s.id = ?")
                .param(id)
                .query((rs, n) -> session(rs))
                .optional();
    }

    /**
     * 停诊 (no substitute) or 替诊 (a substitute doctor takes the session). Either way every booked resident is told;
     * a stop ends their appointments (status STOPPED, not counted as a no-show) and the wait-list.
     */
    @Transactional
    public Session stop(long sessionId, String reason, @Nullable String substitute, CurrentUser user) {
        var session = jdbc.sql("select unit_path, status from appointments_session where id = ? for update")
                .param(sessionId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional()
                .filter(s -> user.scope().covers(s[0]))
                .orElseThrow(() -> PlatformException.notFound("APPOINTMENT_SESSION_NOT_FOUND", "出诊安排不存在或不在您的管理范围内"));
        if (user.scope().isResidentOnly()) {
            throw PlatformException.forbidden("APPOINTMENT_STOP_FORBIDDEN", "居民不能修改出诊安排");
        }
        if ("STOPPED".equals(session[1])) {
            throw PlatformException.conflict("APPOINTMENT_SESSION_STOPPED", "该出诊已停诊");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw PlatformException.invalidField("APPOINTMENT_STOP_REASON", "reason", "请填写停诊原因（200字以内）");
        }
        var current = find(sessionId).orElseThrow();
        String when = current.day() + " " + current.unitName() + current.departmentName();
        var booked = jdbc.sql(
                        "select id, resident_id from appointments_appointment where session_id = ? and status = 'BOOKED'")
                .param(sessionId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        String sub = substitute == null ? null : substitute.strip();
        if (sub != null && !sub.isEmpty()) {
            jdbc.sql("update appointments_session set substitute_name = ?, stop_reason = ? where id = ?")
                    .params(sub, why, sessionId)
                    .update();
            for (var a : booked) {
                notifications.send(
                        a[1],
                        a[0],
                        "SUBSTITUTED",
                        "您预约的" + when + "改由" + sub + "医生出诊（" + why + "），预约保留，如需取消可在我的预约中操作。");
            }
        } else {
            jdbc.sql("update appointments_session set status = 'STOPPED', stop_reason = ? where id = ?")
                    .params(why, sessionId)
                    .update();
            jdbc.sql("update appointments_slot set status = 'CLOSED' where session_id = ? and status = 'AVAILABLE'")
                    .param(sessionId)
                    .update();
            jdbc.sql(
                            "update appointments_appointment set status = 'STOPPED', cancelled_at = ? where session_id = ? and status = 'BOOKED'")
                    .params(Timestamp.from(clock.instant()), sessionId)
                    .update();
            jdbc.sql(
                            "update appointments_waitlist set status = 'CANCELLED' where session_id = ? and status = 'WAITING'")
                    .param(sessionId)
                    .update();
            for (var a : booked) {
                notifications.send(
                        a[1], a[0], "STOPPED", "您预约的" + when + "因" + why + "停诊，预约已取消，挂号费将原路退回；请重新预约其他医生或时段。");
                events.publishEvent(new AppointmentCancelled(
                        a[0], a[1], current.unitId(), current.serviceType(), AppointmentStatus.STOPPED));
            }
        }
        audit.record(
                AuditLog.Action.UPDATE,
                "appointments_appointment",
                booked.stream().map(a -> a[0]).toList(),
                "appointments session stop " + sessionId);
        return find(sessionId).orElseThrow();
    }

    static final String SESSION_SELECT =
            """
            select s.id, s.unit_id, s.department_code, s.service_type, s.doctor_name, s.doctor_title, s.day, s.period,
                   s.starts_at, s.ends_at, s.slot_minutes, s.fee_cents, s.capacity, s.reserved, s.release_at,
                   s.priority_until, s.status, s.stop_reason, s.substitute_name,
                   (select count(*) from appointments_appointment a where a.session_id = s.id and a.status in ('BOOKED', 'ATTENDED', 'NO_SHOW')) as booked,
                   (select count(*) from appointments_appointment a where a.session_id = s.id and a.status = 'ATTENDED') as attended,
                   (select count(*) from appointments_appointment a where a.session_id = s.id and a.status = 'NO_SHOW') as no_shows,
                   (select count(*) from appointments_waitlist w where w.session_id = s.id and w.status = 'WAITING') as waiting
            from appointments_session s
            """;

    private Session session(java.sql.ResultSet rs) throws java.sql.SQLException {
        long unitId = rs.getLong("unit_id");
        String dept = rs.getString("department_code");
        return new Session(
                rs.getLong("id"),
                unitId,
                units.name(unitId),
                dept,
                departments.name(dept),
                rs.getString("service_type"),
                rs.getString("doctor_name"),
                rs.getString("doctor_title"),
                rs.getObject("day", LocalDate.class),
                SessionPeriod.valueOf(rs.getString("period")),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getInt("slot_minutes"),
                rs.getInt("fee_cents"),
                rs.getInt("capacity"),
                rs.getInt("reserved"),
                rs.getTimestamp("release_at").toInstant(),
                rs.getTimestamp("priority_until").toInstant(),
                rs.getString("status"),
                rs.getString("stop_reason"),
                rs.getString("substitute_name"),
                rs.getInt("booked"),
                rs.getInt("attended"),
                rs.getInt("no_shows"),
                rs.getInt("waiting"));
    }

    /** Sessions whose slots are not all gone yet, for one unit and day (demo, dashboards). */
    public List<Long> sessionIds(long unitId, LocalDate day) {
        return jdbc.sql("select id from appointments_session where unit_id = ? and day = ? order by id")
                .params(unitId, day)
                .query(Long.class)
                .list();
    }
}
