package org.regionalhealth.eldercare.homebed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.eldercare.DischargeReason;
import org.regionalhealth.eldercare.HomeBed;
import org.regionalhealth.eldercare.HomeBedAdmitted;
import org.regionalhealth.eldercare.HomeBedDischarged;
import org.regionalhealth.eldercare.HomeBedRule;
import org.regionalhealth.eldercare.HomeBedState;
import org.regionalhealth.eldercare.HomeBedVisit;
import org.regionalhealth.eldercare.HomeBeds;
import org.regionalhealth.eldercare.NewHomeBed;
import org.regionalhealth.eldercare.VisitKind;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.StaffMember;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Family sickbeds in PostgreSQL. */
@Service
class JdbcHomeBeds implements HomeBeds {

    private final JdbcClient jdbc;
    private final ResidentIndex residents;
    private final Organizations organizations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcHomeBeds(
            JdbcClient jdbc,
            ResidentIndex residents,
            Organizations organizations,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.organizations = organizations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public HomeBedRule rule() {
        return jdbc.sql("select * from eldercare_home_bed_rule where valid_from <= ? order by version desc limit 1")
                .param(LocalDate.now(clock))
                .query(JdbcHomeBeds::ruleRow)
                .single();
    }

    @Override
    public List<StaffMember> doctorsFor(long residentId, CurrentUser user) {
        return residents
                .find(residentId, user, "家庭病床：责任医生")
                .map(this::doctorsOf)
                .orElse(List.of());
    }

    private List<StaffMember> doctorsOf(Resident resident) {
        var list = new ArrayList<StaffMember>();
        list.addAll(organizations.staffOf(resident.unitId()));
        organizations
                .find(resident.unitId())
                .map(u -> u.parentId())
                .ifPresent(parent -> list.addAll(organizations.staffOf(parent)));
        return list.stream().filter(StaffMember::prescribingRight).toList();
    }

    @Override
    @Transactional
    public HomeBed admit(NewHomeBed a, CurrentUser user) {
        var resident = residents
                .find(a.residentId(), user, "家庭病床建床")
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "未找到该居民或不在您的管理范围"));
        var rule = rule();
        var today = LocalDate.now(clock);
        var errors = new LinkedHashMap<String, String>();
        if (a.indication() == null || !rule.indications().contains(a.indication())) {
            errors.put("indication", "请选择建床指征（第" + rule.version() + "版建床条件所列之一）");
        }
        if (blank(a.diagnosis())) {
            errors.put("diagnosis", "请填写主要诊断");
        } else if (a.diagnosis().strip().length() > 200) {
            errors.put("diagnosis", "主要诊断不超过200字");
        }
        StaffMember doctor = null;
        if (a.doctorStaffId() == null) {
            errors.put("doctor", "请选择责任医生：家庭病床须有一名责任医生负责查床和医嘱，未指定不能建床");
        } else {
            doctor = doctorsOf(resident).stream()
                    .filter(s -> s.id() == a.doctorStaffId())
                    .findFirst()
                    .orElse(null);
            if (doctor == null) {
                errors.put("doctor", "责任医生须为该居民签约机构（或其上级社区卫生服务中心）有处方权的医师");
            }
        }
        if (blank(a.caregiver())) {
            errors.put("caregiver", "请填写固定照护人员（姓名及与患者关系）");
        } else if (a.caregiver().strip().length() > 64) {
            errors.put("caregiver", "照护人员不超过64字");
        }
        var missing = new ArrayList<String>();
        for (int i = 0; i < rule.requirements().size(); i++) {
            if (!a.requirementsMet().contains(i)) {
                missing.add(rule.requirements().get(i));
            }
        }
        if (!missing.isEmpty()) {
            errors.put("requirements", "以下建床条件未确认：" + String.join("；", missing));
        }
        LocalDate admittedOn = a.admittedOn() == null ? today : a.admittedOn();
        if (admittedOn.isAfter(today)) {
            errors.put("admittedOn", "建床日期不能晚于今天");
        } else if (admittedOn.isBefore(today.minusDays(rule.maxPeriodDays()))) {
            errors.put("admittedOn", "补录的建床日期不能早于" + rule.maxPeriodDays() + "天前");
        }
        int interval = a.visitIntervalDays() == null ? rule.doctorVisitIntervalDays() : a.visitIntervalDays();
        if (interval < 1 || interval > rule.doctorVisitIntervalDays()) {
            errors.put(
                    "visitIntervalDays",
                    "查床间隔应为 1 到 " + rule.doctorVisitIntervalDays() + " 天（第" + rule.version() + "版建床条件）");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST,
                    "ELDERCARE_HOME_BED_INVALID",
                    "建床信息有 " + errors.size() + " 处需要补充或修改，未建床",
                    errors);
        }
        long id;
        try {
            id = jdbc.sql(
                            """
                            insert into eldercare_home_bed (resident_id, unit_path, rule_version, indication, diagnosis,
                                doctor_staff_id, doctor_name, caregiver, admitted_on, planned_until, visit_interval_days,
                                next_visit_due, state, admitted_by, recorded_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?) returning id""")
                    .params(
                            resident.id(),
                            resident.unitPath(),
                            rule.version(),
                            a.indication(),
                            a.diagnosis().strip(),
                            doctor.id(),
                            doctor.name(),
                            a.caregiver().strip(),
                            admittedOn,
                            admittedOn.plusDays(rule.maxPeriodDays()),
                            interval,
                            admittedOn.plusDays(interval),
                            user.username(),
                            Timestamp.from(Instant.now(clock)))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw PlatformException.conflict("ELDERCARE_HOME_BED_OPEN", "该居民已有在床的家庭病床，请先撤床或在原病床记录查床");
        }
        audit.record(AuditLog.Action.CREATE, "eldercare_home_bed", List.of(id), "家庭病床建床");
        events.publishEvent(new HomeBedAdmitted(id, resident.id(), admittedOn, rule.version()));
        return load(id).orElseThrow();
    }

    @Override
    public Optional<HomeBed> find(long id, CurrentUser user) {
        var found = jdbc.sql("select * from eldercare_home_bed where id = ? and unit_path like ?")
                .params(id, user.scope().likePattern())
                .query(JdbcHomeBeds::bed)
                .optional()
                .filter(b ->
                        user.scope().residentId().map(r -> r == b.residentId()).orElse(true));
        found.ifPresent(b -> audit.record(AuditLog.Action.READ, "eldercare_home_bed", List.of(b.id()), "查看家庭病床"));
        return found;
    }

    @Override
    public List<HomeBedVisit> visits(long bedId, CurrentUser user) {
        if (find(bedId, user).isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select * from eldercare_home_bed_visit where bed_id = ? order by visited_on desc, id desc limit 200")
                .param(bedId)
                .query((rs, n) -> new HomeBedVisit(
                        rs.getLong("id"),
                        rs.getLong("bed_id"),
                        rs.getObject("visited_on", LocalDate.class),
                        rs.getString("visitor"),
                        VisitKind.valueOf(rs.getString("visit_kind")),
                        rs.getString("findings")))
                .list();
    }

    @Override
    @Transactional
    public HomeBedVisit recordVisit(
            long bedId,
            VisitKind kind,
            @Nullable String visitor,
            @Nullable String findings,
            @Nullable LocalDate on,
            CurrentUser user) {
        var bed = openBed(bedId, user);
        var today = LocalDate.now(clock);
        LocalDate day = on == null ? today : on;
        var errors = new LinkedHashMap<String, String>();
        if (kind == null) {
            errors.put("kind", "请选择查床医生或护理人员");
        }
        if (blank(visitor)) {
            errors.put("visitor", "请填写上门人员姓名");
        } else if (visitor.strip().length() > 64) {
            errors.put("visitor", "上门人员姓名不超过64字");
        }
        if (blank(findings)) {
            errors.put("findings", "请填写病情记录和处理（生命体征、病情变化、医嘱或护理）");
        } else if (findings.strip().length() > 500) {
            errors.put("findings", "记录不超过500字");
        }
        if (day.isAfter(today) || day.isBefore(bed.admittedOn())) {
            errors.put("visitedOn", "上门日期应在建床日期与今天之间");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST, "ELDERCARE_VISIT_INVALID", "查床记录有 " + errors.size() + " 处需要补充或修改", errors);
        }
        long id = jdbc.sql(
                        """
                        insert into eldercare_home_bed_visit (bed_id, visited_on, visitor, visit_kind, findings,
                            recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        bedId,
                        day,
                        visitor.strip(),
                        kind.name(),
                        findings.strip(),
                        user.username(),
                        Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .single();
        if (kind == VisitKind.DOCTOR) {
            jdbc.sql(
                            """
                            update eldercare_home_bed set last_visit_on = greatest(coalesce(last_visit_on, ?), ?),
                                next_visit_due = greatest(next_visit_due, ? + visit_interval_days) where id = ?""")
                    .params(day, day, day, bedId)
                    .update();
        }
        audit.record(AuditLog.Action.CREATE, "eldercare_home_bed_visit", List.of(id), "家庭病床查床记录");
        return new HomeBedVisit(id, bedId, day, visitor.strip(), kind, findings.strip());
    }

    @Override
    @Transactional
    public HomeBed discharge(long bedId, @Nullable DischargeReason reason, @Nullable String note, CurrentUser user) {
        var bed = openBed(bedId, user);
        var errors = new LinkedHashMap<String, String>();
        if (reason == null) {
            errors.put("reason", "请选择撤床原因");
        }
        if (note != null && note.strip().length() > 300) {
            errors.put("note", "撤床小结不超过300字");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(HttpStatus.BAD_REQUEST, "ELDERCARE_DISCHARGE_INVALID", "撤床信息需要补充", errors);
        }
        var today = LocalDate.now(clock);
        jdbc.sql(
                        """
                        update eldercare_home_bed set state = 'DISCHARGED', discharged_on = ?, discharge_reason = ?,
                            discharge_note = ? where id = ? and state = 'OPEN'""")
                .params(today, reason.name(), note == null || note.isBlank() ? null : note.strip(), bedId)
                .update();
        audit.record(AuditLog.Action.UPDATE, "eldercare_home_bed", List.of(bedId), "家庭病床撤床");
        events.publishEvent(new HomeBedDischarged(bedId, bed.residentId(), today, reason));
        return load(bedId).orElseThrow();
    }

    private HomeBed openBed(long bedId, CurrentUser user) {
        if (user.scope().isResidentOnly()) {
            throw PlatformException.forbidden("ELDERCARE_STAFF_ONLY", "只有医务人员可以记录家庭病床");
        }
        var bed = find(bedId, user)
                .orElseThrow(() -> PlatformException.notFound("ELDERCARE_HOME_BED_NOT_FOUND", "未找到该家庭病床或不在您的管理范围"));
        if (!bed.open()) {
            throw PlatformException.conflict("ELDERCARE_HOME_BED_CLOSED", "该家庭病床已撤床");
        }
        return bed;
    }

    @Override
    public PageResult<HomeBed> worklist(boolean dueOnly, CurrentUser user, int page, int size) {
        if (user.scope().isResidentOnly()) {
            return new PageResult<>(List.of(), 0, 0, size);
        }
        int bounded = PageResult.boundedSize(size);
        var horizon = LocalDate.now(clock).plusDays(dueOnly ? 1 : 100_000);
        long total = jdbc.sql(
                        "select count(*) from eldercare_home_bed where unit_path like ? and state = 'OPEN' and next_visit_due <= ?")
                .params(user.scope().likePattern(), horizon)
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        """
                        select * from eldercare_home_bed where unit_path like ? and state = 'OPEN' and next_visit_due <= ?
                         order by next_visit_due, id limit ? offset ?""")
                .params(user.scope().likePattern(), horizon, bounded, (long) Math.max(page, 0) * bounded)
                .query(JdbcHomeBeds::bed)
                .list();
        searched(items, "家庭病床工作清单");
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    @Override
    public PageResult<HomeBed> discharged(CurrentUser user, int page, int size) {
        if (user.scope().isResidentOnly()) {
            return new PageResult<>(List.of(), 0, 0, size);
        }
        int bounded = PageResult.boundedSize(size);
        long total = jdbc.sql("select count(*) from eldercare_home_bed where unit_path like ? and state = 'DISCHARGED'")
                .param(user.scope().likePattern())
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        """
                        select * from eldercare_home_bed where unit_path like ? and state = 'DISCHARGED'
                         order by discharged_on desc, id desc limit ? offset ?""")
                .params(user.scope().likePattern(), bounded, (long) Math.max(page, 0) * bounded)
                .query(JdbcHomeBeds::bed)
                .list();
        searched(items, "已撤床家庭病床");
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    @Override
    public List<HomeBed> ofResident(long residentId, CurrentUser user) {
        if (user.scope().residentId().map(r -> r != residentId).orElse(false)) {
            return List.of();
        }
        return jdbc.sql(
                        "select * from eldercare_home_bed where resident_id = ? and unit_path like ? order by admitted_on desc, id desc limit 20")
                .params(residentId, user.scope().likePattern())
                .query(JdbcHomeBeds::bed)
                .list();
    }

    @Override
    public Figures figures(CurrentUser user) {
        if (user.scope().isResidentOnly()) {
            return new Figures(0, 0, 0, 0);
        }
        var today = LocalDate.now(clock);
        return jdbc.sql(
                        """
                        select count(*),
                               count(*) filter (where next_visit_due <= ?),
                               count(*) filter (where next_visit_due < ?),
                               count(*) filter (where planned_until < ?)
                          from eldercare_home_bed where unit_path like ? and state = 'OPEN'""")
                .params(today, today, today, user.scope().likePattern())
                .query((rs, n) -> new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    private void searched(List<HomeBed> items, String purpose) {
        if (!items.isEmpty()) {
            audit.record(
                    AuditLog.Action.SEARCH,
                    "eldercare_home_bed",
                    items.stream().map(HomeBed::id).toList(),
                    purpose);
        }
    }

    private Optional<HomeBed> load(long id) {
        return jdbc.sql("select * from eldercare_home_bed where id = ?")
                .param(id)
                .query(JdbcHomeBeds::bed)
                .optional();
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static List<String> split(@Nullable String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.split("；"));
    }

    private static HomeBedRule ruleRow(ResultSet rs, int n) throws SQLException {
        return new HomeBedRule(
                rs.getInt("version"),
                rs.getObject("valid_from", LocalDate.class),
                split(rs.getString("indications")),
                split(rs.getString("requirements")),
                rs.getInt("max_period_days"),
                rs.getInt("doctor_visit_interval_days"),
                rs.getString("source"),
                rs.getBoolean("confirmed"),
                rs.getString("note"));
    }

    private static HomeBed bed(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("discharge_reason");
        return new HomeBed(
                rs.getLong("id"),
                rs.getLong("resident_id"),
                rs.getInt("rule_version"),
                rs.getString("indication"),
                rs.getString("diagnosis"),
                rs.getLong("doctor_staff_id"),
                rs.getString("doctor_name"),
                rs.getString("caregiver"),
                rs.getObject("admitted_on", LocalDate.class),
                rs.getObject("planned_until", LocalDate.class),
                rs.getInt("visit_interval_days"),
                rs.getObject("next_visit_due", LocalDate.class),
                rs.getObject("last_visit_on", LocalDate.class),
                HomeBedState.valueOf(rs.getString("state")),
                rs.getObject("discharged_on", LocalDate.class),
                reason == null ? null : DischargeReason.valueOf(reason),
                rs.getString("discharge_note"),
                rs.getString("admitted_by"));
    }
}
