package org.regionalhealth.appointments.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.appointments.Appointment;
import org.regionalhealth.appointments.AppointmentAttended;
import org.regionalhealth.appointments.AppointmentBooked;
import org.regionalhealth.appointments.AppointmentBooking;
import org.regionalhealth.appointments.AppointmentCancelled;
import org.regionalhealth.appointments.AppointmentStatus;
import org.regionalhealth.appointments.AppointmentsProperties;
import org.regionalhealth.appointments.FreeSlot;
import org.regionalhealth.appointments.SessionPeriod;
import org.regionalhealth.appointments.family.FamilyMembers;
import org.regionalhealth.appointments.schedule.Departments;
import org.regionalhealth.appointments.schedule.Notifications;
import org.regionalhealth.appointments.schedule.UnitNames;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentIdNumber;
import org.regionalhealth.residents.ResidentIdentities;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking, cancellation, wait-list and check-in.
 *
 * <p><b>No slot is given twice.</b> A slot is taken by one conditional update, {@code status 'AVAILABLE' → 'BOOKED'}
 * ({@code for update skip locked} when the earliest free slot of a session is wanted), and a partial unique index
 * allows one live appointment per slot under it. A resident's own bookings are serialised by a transaction-scoped
 * advisory lock on the resident, so two tabs cannot both pass the per-day limit. Every refusal throws before anything
 * is written, or inside the transaction that then rolls back.
 */
@Service
public class Bookings implements AppointmentBooking {

    /** Key space of the advisory locks (pg_advisory_xact_lock(int, int)): issue 18. */
    private static final int LOCK_SPACE = 18;

    private final JdbcClient jdbc;
    private final ResidentIndex residents;
    private final ResidentIdentities identities;
    private final FamilyMembers family;
    private final AppointmentsProperties properties;
    private final UnitNames units;
    private final Departments departments;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Bookings(
            JdbcClient jdbc,
            ResidentIndex residents,
            ResidentIdentities identities,
            FamilyMembers family,
            AppointmentsProperties properties,
            UnitNames units,
            Departments departments,
            Notifications notifications,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.identities = identities;
        this.family = family;
        this.properties = properties;
        this.units = units;
        this.departments = departments;
        this.notifications = notifications;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** What booking needs to know about a session. */
    record SessionRules(
            long id,
            long unitId,
            String unitPath,
            String departmentCode,
            String serviceType,
            LocalDate day,
            Instant startsAt,
            Instant endsAt,
            Instant releaseAt,
            Instant priorityUntil,
            String status) {}

    @Override
    @Transactional
    public Appointment book(long slotId, long residentId, @Nullable Long triageId, CurrentUser user) {
        long sessionId = jdbc.sql("select session_id from appointments_slot where id = ?")
                .param(slotId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> PlatformException.notFound("APPOINTMENT_SLOT_NOT_FOUND", "号源不存在"));
        return doBook(sessionId, slotId, residentId, triageId, user);
    }

    @Override
    @Transactional
    public Appointment bookNext(long sessionId, long residentId, @Nullable Long triageId, CurrentUser user) {
        return doBook(sessionId, null, residentId, triageId, user);
    }

    private Appointment doBook(
            long sessionId, @Nullable Long slotId, long residentId, @Nullable Long triageId, CurrentUser user) {
        Resident resident = realName(residentId, user);
        var session = session(sessionId)
                .orElseThrow(() -> PlatformException.notFound("APPOINTMENT_SESSION_NOT_FOUND", "出诊安排不存在"));
        Instant now = clock.instant();
        checkOpen(session, now);
        if (triageId != null) {
            // a triage is the account holder's, also when they booked for a family member
            checkTriage(triageId, user.scope().residentId().orElse(resident.id()));
        }
        if (user.role() == Role.RESIDENT) {
            var suspended = suspendedThrough(resident.id());
            if (suspended.isPresent()) {
                throw PlatformException.forbidden(
                        "APPOINTMENT_SUSPENDED",
                        "您近期爽约" + properties.noShowLimit() + "次，网上预约暂停至" + suspended.get() + "；如需就诊请到医院窗口挂号");
            }
        }
        lockResident(resident.id());
        checkLimits(session, resident.id(), now);
        boolean priorityAllowed = referral(user) || !now.isBefore(session.priorityUntil());
        var claimed = claim(session.id(), slotId, priorityAllowed);
        if (claimed.isEmpty()) {
            if (slotId != null) {
                boolean reserved = jdbc.sql(
                                "select reserved and status = 'AVAILABLE' from appointments_slot where id = ?")
                        .param(slotId)
                        .query(Boolean.class)
                        .single();
                if (reserved) {
                    throw PlatformException.conflict(
                            "APPOINTMENT_SLOT_RESERVED",
                            "该号源为家庭医生转诊预留号，" + local(session.priorityUntil()) + "后向所有居民开放");
                }
                throw PlatformException.conflict("APPOINTMENT_SLOT_TAKEN", "该号源刚被他人预约，请选择其他号源");
            }
            throw PlatformException.conflict("APPOINTMENT_SESSION_FULL", "该时段号源已约满，可以加入候补");
        }
        long id = insert(session, claimed.get(), resident.id(), user.username(), triageId);
        audit.record(AuditLog.Action.CREATE, "appointments_appointment", List.of(id), "appointments booking");
        return require(id);
    }

    /** The slot claimed: its id, start and whether it came from the reserved share. */
    record Claimed(long slotId, Instant startsAt, boolean reserved) {}

    private Optional<Claimed> claim(long sessionId, @Nullable Long slotId, boolean priorityAllowed) {
        if (slotId != null) {
            return jdbc.sql(
                            """
                            update appointments_slot set status = 'BOOKED'
                            where id = ? and session_id = ? and status = 'AVAILABLE' and (not reserved or ?)
                            returning id, starts_at, reserved""")
                    .params(slotId, sessionId, priorityAllowed)
                    .query((rs, n) ->
                            new Claimed(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3)))
                    .optional();
        }
        return jdbc.sql(
                        """
                        update appointments_slot set status = 'BOOKED'
                        where id = (select id from appointments_slot
                                    where session_id = ? and status = 'AVAILABLE' and (not reserved or ?)
                                    order by seq limit 1 for update skip locked)
                          and status = 'AVAILABLE'
                        returning id, starts_at, reserved""")
                .params(sessionId, priorityAllowed)
                .query((rs, n) -> new Claimed(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3)))
                .optional();
    }

    private long insert(SessionRules session, Claimed slot, long residentId, String by, @Nullable Long triageId) {
        long id;
        try {
            id = jdbc.sql(
                            """
                            insert into appointments_appointment (slot_id, session_id, resident_id, unit_id, unit_path,
                                department_code, service_type, day, starts_at, status, booked_at, booked_by, priority, triage_id)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'BOOKED', ?, ?, ?, ?) returning id""")
                    .params(
                            slot.slotId(),
                            session.id(),
                            residentId,
                            session.unitId(),
                            session.unitPath(),
                            session.departmentCode(),
                            session.serviceType(),
                            session.day(),
                            Timestamp.from(slot.startsAt()),
                            Timestamp.from(clock.instant()),
                            by,
                            slot.reserved(),
                            triageId)
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw PlatformException.conflict("APPOINTMENT_DUPLICATE", "您已预约该出诊时段，不能重复预约");
        }
        jdbc.sql("update appointments_slot set appointment_id = ? where id = ?")
                .params(id, slot.slotId())
                .update();
        events.publishEvent(new AppointmentBooked(
                id,
                residentId,
                session.unitId(),
                session.departmentCode(),
                session.serviceType(),
                slot.startsAt(),
                slot.reserved(),
                triageId));
        return id;
    }

    private Resident realName(long residentId, CurrentUser user) {
        Resident resident;
        if (user.scope().isResidentOnly() && user.scope().residentId().orElseThrow() != residentId) {
            // a family member the resident added as 就诊人 (name and ID number checked when added)
            if (!family.mayActFor(user.scope().residentId().orElseThrow(), residentId)) {
                throw PlatformException.forbidden("APPOINTMENT_OTHER_RESIDENT", "只能为本人或已添加的就诊人预约");
            }
            resident = identities
                    .linked(residentId, user, "appointments real-name check (family member)")
                    .orElseThrow(() -> PlatformException.notFound("APPOINTMENT_RESIDENT_NOT_FOUND", "就诊人不存在"));
        } else {
            resident = residents
                    .find(residentId, user, "appointments real-name check")
                    .orElseThrow(
                            () -> PlatformException.notFound("APPOINTMENT_RESIDENT_NOT_FOUND", "就诊人不存在或不在您的管理范围内"));
        }
        var problem = ResidentIdNumber.problemWith(resident.idNumber(), LocalDate.now(clock));
        if (problem.isPresent()) {
            throw PlatformException.invalid(
                    "APPOINTMENT_REAL_NAME", "预约须实名：就诊人的身份证号无效（" + problem.get() + "），请先到社区核对身份信息");
        }
        return resident;
    }

    private void checkOpen(SessionRules session, Instant now) {
        if (!"OPEN".equals(session.status())) {
            throw PlatformException.conflict("APPOINTMENT_SESSION_STOPPED", "该出诊已停诊，请选择其他医生或时段");
        }
        if (!session.endsAt().isAfter(now)) {
            throw PlatformException.invalid("APPOINTMENT_PAST", "该出诊时段已过，不能预约");
        }
        if (now.isBefore(session.releaseAt())) {
            throw PlatformException.conflict(
                    "APPOINTMENT_NOT_RELEASED", "该时段号源将于" + local(session.releaseAt()) + "放号，请届时再约");
        }
    }

    private void checkTriage(long triageId, long residentId) {
        var outcome = jdbc.sql(
                        "select outcome from appointments_triage where id = ? and (resident_id = ? or resident_id is null)")
                .params(triageId, residentId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> PlatformException.invalid("APPOINTMENT_TRIAGE_UNKNOWN", "分诊记录不存在"));
        if ("EMERGENCY".equals(outcome)) {
            throw PlatformException.conflict("APPOINTMENT_TRIAGE_RED_FLAG", "分诊提示危急情况：请立即拨打120或前往最近的急诊，不要等待门诊预约");
        }
    }

    private void lockResident(long residentId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                .params(LOCK_SPACE, (int) residentId)
                .query((rs, n) -> 1)
                .single();
    }

    private void checkLimits(SessionRules session, long residentId, Instant now) {
        var counts = jdbc.sql(
                        """
                        select count(*) filter (where session_id = ?),
                               count(*) filter (where day = ?),
                               count(*) filter (where day = ? and unit_id = ? and department_code = ?),
                               count(*) filter (where starts_at > ?)
                        from appointments_appointment where resident_id = ? and status = 'BOOKED'""")
                .params(
                        session.id(),
                        session.day(),
                        session.day(),
                        session.unitId(),
                        session.departmentCode(),
                        Timestamp.from(now),
                        residentId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                .single();
        if (counts[0] > 0) {
            throw PlatformException.conflict("APPOINTMENT_DUPLICATE", "您已预约该出诊时段，不能重复预约");
        }
        if (counts[2] >= properties.maxPerDepartmentDay()) {
            throw PlatformException.conflict(
                    "APPOINTMENT_LIMIT_DEPARTMENT", "同一天同一科室最多预约" + properties.maxPerDepartmentDay() + "个号");
        }
        if (counts[1] >= properties.maxPerDay()) {
            throw PlatformException.conflict("APPOINTMENT_LIMIT_DAY", "同一天最多预约" + properties.maxPerDay() + "个号");
        }
        if (counts[3] >= properties.maxOpen()) {
            throw PlatformException.conflict(
                    "APPOINTMENT_LIMIT_OPEN", "您已有" + properties.maxOpen() + "个未就诊的预约，请就诊或取消后再约");
        }
    }

    /** Family doctors book reserved slots for their referrals (station doctors and community-centre staff). */
    private static boolean referral(CurrentUser user) {
        return user.role() == Role.STATION_DOCTOR;
    }

    public Optional<LocalDate> suspendedThrough(long residentId) {
        LocalDate today = LocalDate.now(clock);
        var days = jdbc.sql(
                        "select day from appointments_appointment where resident_id = ? and status = 'NO_SHOW' and day > ?")
                .params(residentId, today.minusDays(properties.noShowWindowDays()))
                .query(LocalDate.class)
                .list();
        return new NoShowRule(properties.noShowLimit(), properties.noShowWindowDays(), properties.suspensionDays())
                .suspendedThrough(days, today);
    }

    @Override
    @Transactional
    public Appointment cancel(long appointmentId, CurrentUser user) {
        var appointment = readable(appointmentId, user);
        if (appointment.status() != AppointmentStatus.BOOKED) {
            throw PlatformException.conflict(
                    "APPOINTMENT_NOT_CANCELLABLE", "该预约已" + statusZh(appointment.status()) + "，不能取消");
        }
        Instant deadline = cancelDeadline(appointment.day());
        if (clock.instant().isAfter(deadline)) {
            throw PlatformException.conflict(
                    "APPOINTMENT_CANCEL_DEADLINE", "已过取消截止时间（" + local(deadline) + "），请按时就诊或到窗口办理");
        }
        int changed = jdbc.sql(
                        "update appointments_appointment set status = 'CANCELLED', cancelled_at = ? where id = ? and status = 'BOOKED'")
                .params(Timestamp.from(clock.instant()), appointmentId)
                .update();
        if (changed == 0) {
            throw PlatformException.conflict("APPOINTMENT_NOT_CANCELLABLE", "该预约状态已变化，请刷新");
        }
        jdbc.sql("update appointments_slot set status = 'AVAILABLE', appointment_id = null where id = ?")
                .param(appointment.slotId())
                .update();
        events.publishEvent(new AppointmentCancelled(
                appointmentId,
                appointment.residentId(),
                appointment.unitId(),
                appointment.serviceType(),
                AppointmentStatus.CANCELLED));
        audit.record(AuditLog.Action.UPDATE, "appointments_appointment", List.of(appointmentId), "appointments cancel");
        offerToWaitlist(appointment.sessionId(), appointment.slotId());
        return require(appointmentId);
    }

    /** The moment after which an appointment on {@code day} can no longer be cancelled online. */
    public Instant cancelDeadline(LocalDate day) {
        return day.minusDays(properties.cancelDaysBefore())
                .atTime(properties.cancelTime())
                .atZone(clock.getZone())
                .toInstant();
    }

    /**
     * Joins a full session's wait-list (候补). Hangzhou's limits: one pending wait-list per resident; only when no slot
     * is free.
     */
    @Transactional
    public long joinWaitlist(long sessionId, long residentId, CurrentUser user) {
        Resident resident = realName(residentId, user);
        var session = session(sessionId)
                .orElseThrow(() -> PlatformException.notFound("APPOINTMENT_SESSION_NOT_FOUND", "出诊安排不存在"));
        checkOpen(session, clock.instant());
        long free = jdbc.sql(
                        "select count(*) from appointments_slot where session_id = ? and status = 'AVAILABLE' and not reserved")
                .param(sessionId)
                .query(Long.class)
                .single();
        if (free > 0) {
            throw PlatformException.conflict("APPOINTMENT_WAITLIST_NOT_FULL", "该时段还有号源，可以直接预约");
        }
        boolean holds = jdbc.sql(
                        "select exists(select 1 from appointments_appointment where session_id = ? and resident_id = ? and status = 'BOOKED')")
                .params(sessionId, resident.id())
                .query(Boolean.class)
                .single();
        if (holds) {
            throw PlatformException.conflict("APPOINTMENT_DUPLICATE", "您已预约该出诊时段，不能重复预约");
        }
        try {
            long id = jdbc.sql(
                            "insert into appointments_waitlist (session_id, resident_id, created_at, status) values (?, ?, ?, 'WAITING') returning id")
                    .params(sessionId, resident.id(), Timestamp.from(clock.instant()))
                    .query(Long.class)
                    .single();
            audit.record(AuditLog.Action.CREATE, "appointments_waitlist", List.of(id), "appointments waitlist");
            return id;
        } catch (DuplicateKeyException e) {
            throw PlatformException.conflict("APPOINTMENT_WAITLIST_LIMIT", "每人同时只能有1个候补，请先取消已有候补");
        }
    }

    /**
     * Offers a freed slot to the wait-list in order of joining: the first resident who still passes the limits gets
     * it (booked at once and told, as Hangzhou's platform confirms by SMS); one who no longer does is skipped.
     */
    private void offerToWaitlist(long sessionId, long slotId) {
        var session = session(sessionId).orElseThrow();
        while (true) {
            var next = jdbc.sql(
                            """
                            select id, resident_id from appointments_waitlist
                            where session_id = ? and status = 'WAITING' order by created_at, id limit 1 for update""")
                    .param(sessionId)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .optional();
            if (next.isEmpty()) {
                return;
            }
            long waitId = next.get()[0];
            long residentId = next.get()[1];
            try {
                lockResident(residentId);
                checkLimits(session, residentId, clock.instant());
            } catch (PlatformException refused) {
                jdbc.sql("update appointments_waitlist set status = 'EXPIRED' where id = ?")
                        .param(waitId)
                        .update();
                continue;
            }
            var claimed = claim(sessionId, slotId, true);
            if (claimed.isEmpty()) {
                return;
            }
            long id = insert(session, claimed.get(), residentId, "waitlist", null);
            jdbc.sql("update appointments_waitlist set status = 'BOOKED', appointment_id = ? where id = ?")
                    .params(id, waitId)
                    .update();
            var a = require(id);
            notifications.send(
                    residentId,
                    id,
                    "WAITLIST_BOOKED",
                    "候补成功：" + a.day() + " " + a.unitName() + a.departmentName() + "，请按时就诊；如不能就诊请在截止时间前取消。");
            return;
        }
    }

    @Override
    @Transactional
    public CheckIn checkIn(long appointmentId, CurrentUser user) {
        var appointment = readable(appointmentId, user);
        LocalDate today = LocalDate.now(clock);
        if (appointment.status() != AppointmentStatus.BOOKED) {
            throw PlatformException.conflict(
                    "APPOINTMENT_NOT_CHECKABLE", "该预约已" + statusZh(appointment.status()) + "，不能签到");
        }
        if (!appointment.day().equals(today)) {
            throw PlatformException.conflict("APPOINTMENT_CHECKIN_DAY", "只能在就诊当天签到（预约日期 " + appointment.day() + "）");
        }
        var session = jdbc.sql("select ends_at, slot_minutes from appointments_session where id = ? for update")
                .param(appointment.sessionId())
                .query((rs, n) -> new Object[] {rs.getTimestamp(1).toInstant(), rs.getInt(2)})
                .single();
        Instant now = clock.instant();
        if (now.isAfter((Instant) session[0])) {
            throw PlatformException.conflict("APPOINTMENT_CHECKIN_LATE", "该出诊时段已结束，不能签到");
        }
        int queue = jdbc.sql(
                        "select coalesce(max(queue_number), 0) + 1 from appointments_appointment where session_id = ?")
                .param(appointment.sessionId())
                .query(Integer.class)
                .single();
        jdbc.sql(
                        "update appointments_appointment set status = 'ATTENDED', checked_in_at = ?, queue_number = ? where id = ?")
                .params(Timestamp.from(now), queue, appointmentId)
                .update();
        int slotMinutes = (Integer) session[1];
        // patients checked in before and not yet due to have been seen: those with an earlier or equal slot time
        long ahead = jdbc.sql(
                        """
                        select count(*) from appointments_appointment
                        where session_id = ? and status = 'ATTENDED' and queue_number < ? and starts_at >= ?""")
                .params(appointment.sessionId(), queue, Timestamp.from(now.minus(Duration.ofMinutes(slotMinutes))))
                .query(Long.class)
                .single();
        long untilSlot =
                Math.max(0, Duration.between(now, appointment.startsAt()).toMinutes());
        int wait = (int) Math.max(untilSlot, ahead * slotMinutes);
        events.publishEvent(new AppointmentAttended(
                appointmentId,
                appointment.residentId(),
                appointment.unitId(),
                appointment.departmentCode(),
                appointment.serviceType(),
                now,
                queue));
        audit.record(
                AuditLog.Action.UPDATE, "appointments_appointment", List.of(appointmentId), "appointments check-in");
        return new CheckIn(require(appointmentId), queue, wait);
    }

    /** Marks booked appointments of ended sessions as no-shows; returns how many. */
    @Transactional
    public int markNoShows() {
        return jdbc.sql(
                        """
                        update appointments_appointment a set status = 'NO_SHOW'
                        from appointments_session s
                        where a.session_id = s.id and a.status = 'BOOKED' and s.ends_at < ?""")
                .param(Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    public List<FreeSlot> earliestFree(
            String serviceType, String departmentCode, List<Long> unitIds, Instant after, int limit, CurrentUser user) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        boolean referral = referral(user);
        return jdbc
                .sql(
                        """
                        select distinct on (s.unit_id, sl.session_id) sl.id as slot_id, s.id as session_id, s.unit_id,
                               s.department_code, coalesce(s.substitute_name, s.doctor_name) as doctor_name, s.doctor_title,
                               s.day, s.period, sl.starts_at, s.fee_cents,
                               (select count(*) from appointments_slot f where f.session_id = s.id and f.status = 'AVAILABLE'
                                  and (not f.reserved or :referral or s.priority_until <= :now)) as free
                        from appointments_session s join appointments_slot sl on sl.session_id = s.id
                        where s.service_type = :type and s.department_code = :dept and s.unit_id in (:units)
                          and s.status = 'OPEN' and s.release_at <= :now and sl.status = 'AVAILABLE'
                          and sl.starts_at > :after
                          and (not sl.reserved or :referral or s.priority_until <= :now)
                        order by s.unit_id, sl.session_id, sl.starts_at""")
                .param("type", serviceType)
                .param("dept", departmentCode)
                .param("units", unitIds)
                .param("now", Timestamp.from(now))
                .param("after", Timestamp.from(after))
                .param("referral", referral)
                .query((rs, n) -> new FreeSlot(
                        rs.getLong("slot_id"),
                        rs.getLong("session_id"),
                        rs.getLong("unit_id"),
                        units.name(rs.getLong("unit_id")),
                        rs.getString("department_code"),
                        departments.name(rs.getString("department_code")),
                        rs.getString("doctor_name"),
                        rs.getString("doctor_title"),
                        rs.getObject("day", LocalDate.class),
                        SessionPeriod.valueOf(rs.getString("period")),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getInt("fee_cents"),
                        rs.getInt("free")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(FreeSlot::startsAt).thenComparing(FreeSlot::slotId))
                .limit(limit)
                .toList();
    }

    /** The appointments of the account holder and of the family members they book for, newest visit first. */
    public PageResult<Appointment> ofAccount(long accountResidentId, int page, int size) {
        var ids = family.actingFor(accountResidentId);
        int bounded = PageResult.boundedSize(size);
        long total = jdbc.sql("select count(*) from appointments_appointment where resident_id in (:ids)")
                .param("ids", ids)
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        SELECT
                                + " where a.resident_id in (:ids) order by a.starts_at desc, a.id desc limit :limit offset :offset")
                .param("ids", ids)
                .param("limit", bounded)
                .param("offset", (long) page * bounded)
                .query((rs, n) -> appointment(rs))
                .list();
        return new PageResult<>(items, total, page, bounded);
    }

    /** The resident's appointments, newest visit first. */
    public PageResult<Appointment> ofResident(long residentId, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        long total = jdbc.sql("select count(*) from appointments_appointment where resident_id = ?")
                .param(residentId)
                .query(Long.class)
                .single();
        var items = jdbc.sql(SELECT + " where a.resident_id = ? order by a.starts_at desc, a.id desc limit ? offset ?")
                .params(residentId, bounded, (long) page * bounded)
                .query((rs, n) -> appointment(rs))
                .list();
        return new PageResult<>(items, total, page, bounded);
    }

    /** An appointment the user may see: their own (resident) or one at an institution in their scope. */
    public Appointment readable(long id, CurrentUser user) {
        var a = jdbc.sql(SELECT + " where a.id = ?")
                .param(id)
                .query((rs, n) -> new Object[] {appointment(rs), rs.getString("unit_path")})
                .optional()
                .filter(row -> user.scope().isResidentOnly()
                        ? family.mayActFor(user.scope().residentId().orElseThrow(), ((Appointment) row[0]).residentId())
                        : user.scope().covers((String) row[1]))
                .orElseThrow(() -> PlatformException.notFound("APPOINTMENT_NOT_FOUND", "预约不存在或不在您的管理范围内"));
        return (Appointment) a[0];
    }

    public Appointment require(long id) {
        return jdbc.sql(SELECT + " where a.id = ?")
                .param(id)
                .query((rs, n) -> appointment(rs))
                .single();
    }

    Optional<SessionRules> session(long sessionId) {
        return jdbc.sql(
                        """
                        select id, unit_id, unit_path, department_code, service_type, day, starts_at, ends_at, release_at,
                               priority_until, status from appointments_session where id = ?""")
                .param(sessionId)
                .query((rs, n) -> new SessionRules(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8).toInstant(),
                        rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10).toInstant(),
                        rs.getString(11)))
                .optional();
    }

    private static final String SELECT =
            """
            select a.id, a.slot_id, a.session_id, a.resident_id, a.unit_id, a.unit_path, a.department_code, a.service_type,
                   coalesce(s.substitute_name, s.doctor_name) as doctor_name, a.day, s.period, a.starts_at, s.fee_cents,
                   a.status, a.priority, a.queue_number, a.checked_in_at
            from appointments_appointment a join appointments_session s on s.id = a.session_id""";

    private Appointment appointment(ResultSet rs) throws SQLException {
        long unitId = rs.getLong("unit_id");
        String dept = rs.getString("department_code");
        Timestamp checkedIn = rs.getTimestamp("checked_in_at");
        return new Appointment(
                rs.getLong("id"),
                rs.getLong("slot_id"),
                rs.getLong("session_id"),
                rs.getLong("resident_id"),
                unitId,
                units.name(unitId),
                dept,
                departments.name(dept),
                rs.getString("service_type"),
                rs.getString("doctor_name"),
                rs.getObject("day", LocalDate.class),
                SessionPeriod.valueOf(rs.getString("period")),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getInt("fee_cents"),
                AppointmentStatus.valueOf(rs.getString("status")),
                rs.getBoolean("priority"),
                (Integer) rs.getObject("queue_number"),
                checkedIn == null ? null : checkedIn.toInstant());
    }

    private String local(Instant instant) {
        var t = instant.atZone(clock.getZone());
        return String.format("%d月%d日 %02d:%02d", t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute());
    }

    private static String statusZh(AppointmentStatus status) {
        return switch (status) {
            case BOOKED -> "预约";
            case ATTENDED -> "签到就诊";
            case CANCELLED -> "取消";
            case NO_SHOW -> "爽约";
            case STOPPED -> "因停诊取消";
        };
    }
}
