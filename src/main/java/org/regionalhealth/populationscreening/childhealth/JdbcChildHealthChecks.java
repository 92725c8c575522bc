package org.regionalhealth.populationscreening.childhealth;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.populationscreening.ChildCheck;
import org.regionalhealth.populationscreening.ChildCheckRecorded;
import org.regionalhealth.populationscreening.ChildDue;
import org.regionalhealth.populationscreening.ChildHealthChecks;
import org.regionalhealth.populationscreening.NewChildCheck;
import org.regionalhealth.populationscreening.rules.ChildHealthSchedule;
import org.regionalhealth.populationscreening.rules.ChildHealthSchedule.Status;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentCohorts;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 0–6 health checks on table {@code populationscreening_child_check}. The worklist is computed from the schedule
 * for the children of the scope (read through {@link ResidentCohorts}, audited there as a search) and the checks
 * recorded in the scope; it is meant for a station's or a centre's children (thousands), not the district at once.
 */
@Service
class JdbcChildHealthChecks implements ChildHealthChecks {

    private static final String COLUMNS =
            "id, resident_id, visit, checked_on, weight_kg, length_cm, head_cm, hb, development_normal, note, recorded_by";

    private final JdbcClient jdbc;
    private final ResidentCohorts cohorts;
    private final ResidentIndex residents;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcChildHealthChecks(
            JdbcClient jdbc,
            ResidentCohorts cohorts,
            ResidentIndex residents,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.cohorts = cohorts;
        this.residents = residents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Worklist worklist(View view, CurrentUser user, int page, int size) {
        if (user.scope().isResidentOnly()) {
            throw PlatformException.forbidden("POPULATIONSCREENING_DENIED", "您的角色无权查看儿童健康检查工作清单");
        }
        var today = LocalDate.now(clock);
        var done = new HashSet<String>();
        jdbc.sql("select resident_id, visit from populationscreening_child_check where unit_path like ?")
                .param(user.scope().likePattern())
                .query((rs, row) -> done.add(rs.getLong(1) + "/" + rs.getString(2)))
                .list();
        var due = new ArrayList<ChildDue>();
        var overdue = new ArrayList<ChildDue>();
        long after = 0;
        while (true) {
            var batch = cohorts.bornBetween(
                    ChildHealthSchedule.bornFrom(today),
                    ChildHealthSchedule.bornTo(today),
                    user,
                    after,
                    1000,
                    "儿童健康检查工作清单");
            for (var child : batch) {
                ChildHealthSchedule.open(child.birthDate(), today)
                        .filter(v -> !done.contains(child.id() + "/" + v.code()))
                        .ifPresent(v -> {
                            var status = ChildHealthSchedule.status(v, child.birthDate(), today, false);
                            var row = new ChildDue(
                                    child.id(),
                                    child.name(),
                                    child.sex(),
                                    child.birthDate(),
                                    v.code(),
                                    v.from(child.birthDate()),
                                    v.to(child.birthDate()),
                                    ChildHealthSchedule.catchUpUntil(v, child.birthDate()),
                                    status == Status.OVERDUE);
                            (status == Status.OVERDUE ? overdue : due).add(row);
                        });
            }
            if (batch.size() < 1000) {
                break;
            }
            after = batch.get(batch.size() - 1).id();
        }
        // the window closing first comes first; overdue: the catch-up closing first
        due.sort(Comparator.comparing(ChildDue::to).thenComparing(ChildDue::residentId));
        overdue.sort(Comparator.comparing(ChildDue::catchUpUntil).thenComparing(ChildDue::residentId));
        var list = view == View.DUE ? due : overdue;
        int bounded = PageResult.boundedSize(size);
        int p = Math.max(page, 0);
        int from = Math.min(p * bounded, list.size());
        var items = List.copyOf(list.subList(from, Math.min(from + bounded, list.size())));
        return new Worklist(new PageResult<>(items, list.size(), p, bounded), due.size(), overdue.size());
    }

    @Override
    public long recorded(CurrentUser user) {
        return jdbc.sql("select count(*) from populationscreening_child_check where unit_path like ?")
                .param(user.scope().likePattern())
                .query(Long.class)
                .single();
    }

    private Resident child(long residentId, CurrentUser user, String purpose) {
        if (user.channel() == CurrentUser.Channel.SYSTEM) {
            // the demo seeder has no login to audit a read with: it reads the child as a cohort of one
            var today = LocalDate.now(clock);
            return cohorts
                    .bornBetween(
                            ChildHealthSchedule.bornFrom(today),
                            ChildHealthSchedule.bornTo(today),
                            user,
                            residentId - 1,
                            1,
                            purpose)
                    .stream()
                    .filter(r -> r.id() == residentId)
                    .findFirst()
                    .orElseThrow(() -> PlatformException.notFound("POPULATIONSCREENING_NOT_FOUND", "未找到该儿童"));
        }
        return residents
                .find(residentId, user, purpose)
                .orElseThrow(() -> PlatformException.notFound("POPULATIONSCREENING_NOT_FOUND", "未找到该儿童或不在您的管理范围"));
    }

    @Override
    @Transactional
    public List<ChildCheck> checks(long residentId, CurrentUser user) {
        child(residentId, user, "儿童健康检查记录");
        var order = ChildHealthSchedule.VISITS.stream()
                .map(ChildHealthSchedule.Visit::code)
                .toList();
        var list = jdbc
                .sql("select " + COLUMNS + " from populationscreening_child_check where resident_id = ?")
                .param(residentId)
                .query(JdbcChildHealthChecks::check)
                .list()
                .stream()
                .sorted(Comparator.comparingInt(c -> order.indexOf(c.visit())))
                .toList();
        if (!list.isEmpty() && user.channel() != CurrentUser.Channel.SYSTEM) {
            audit.record(
                    AuditLog.Action.READ,
                    "populationscreening_child_check",
                    list.stream().map(ChildCheck::id).toList(),
                    "儿童健康检查记录");
        }
        return list;
    }

    @Override
    @Transactional
    public ChildCheck record(long residentId, NewChildCheck check, CurrentUser user) {
        if (user.scope().isResidentOnly()) {
            throw PlatformException.forbidden("POPULATIONSCREENING_DENIED", "仅家庭医生可记录儿童健康检查");
        }
        var child = child(residentId, user, "记录儿童健康检查");
        var today = LocalDate.now(clock);
        var errors = new LinkedHashMap<String, String>();
        var visit = check.visit() == null
                ? null
                : ChildHealthSchedule.visit(check.visit()).orElse(null);
        if (visit == null) {
            errors.put("visit", "请选择检查次别");
        } else {
            jdbc.sql("select checked_on from populationscreening_child_check where resident_id = ? and visit = ?")
                    .params(residentId, visit.code())
                    .query(LocalDate.class)
                    .optional()
                    .ifPresent(d -> errors.put("visit", "该次检查已于" + d + "记录，不能重复记录"));
        }
        var day = check.checkedOn();
        if (day == null) {
            errors.put("checkedOn", "请填写检查日期");
        } else if (day.isAfter(today)) {
            errors.put("checkedOn", "检查日期不能晚于今天");
        } else if (visit != null) {
            var from = visit.from(child.birthDate());
            var until = ChildHealthSchedule.catchUpUntil(visit, child.birthDate());
            if (day.isBefore(from) || day.isAfter(until)) {
                errors.put("checkedOn", "该次检查应在" + from + "至" + until + "之间（含补查）");
            }
        }
        range(errors, "weightKg", check.weightKg(), "0.5", "50", "体重（千克）");
        range(errors, "lengthCm", check.lengthCm(), "30", "150", "身长/身高（厘米）");
        if (visit != null && visit.head()) {
            range(errors, "headCm", check.headCm(), "25", "60", "头围（厘米）");
        }
        if (check.hb() != null && (check.hb() < 40 || check.hb() > 200)) {
            errors.put("hb", "血红蛋白应在40～200克/升之间");
        }
        if (check.developmentNormal() == null) {
            errors.put("developmentNormal", "请选择发育评估结果");
        }
        String note = check.note() == null ? null : check.note().strip();
        if (note != null && note.length() > 300) {
            errors.put("note", "备注不能超过300字");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(HttpStatus.BAD_REQUEST, "POPULATIONSCREENING_INVALID", "检查记录有误，请按提示修改", errors);
        }
        var id = jdbc.sql(
                        """
                        insert into populationscreening_child_check (resident_id, unit_path, visit, checked_on, weight_kg,
                               length_cm, head_cm, hb, development_normal, note, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (resident_id, visit) do nothing returning id""")
                .params(
                        residentId,
                        child.unitPath(),
                        visit.code(),
                        day,
                        check.weightKg(),
                        check.lengthCm(),
                        visit.head() ? check.headCm() : null,
                        check.hb(),
                        check.developmentNormal(),
                        note == null || note.isEmpty() ? null : note,
                        user.username(),
                        java.sql.Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .optional()
                .orElseThrow(() ->
                        PlatformException.invalidField("POPULATIONSCREENING_INVALID", "visit", "该次检查刚刚已被记录，不能重复记录"));
        if (user.channel() != CurrentUser.Channel.SYSTEM) {
            audit.record(AuditLog.Action.CREATE, "populationscreening_child_check", List.of(id), "记录儿童健康检查");
        }
        events.publishEvent(new ChildCheckRecorded(id, residentId, visit.code(), day, check.developmentNormal()));
        return jdbc.sql("select " + COLUMNS + " from populationscreening_child_check where id = ?")
                .param(id)
                .query(JdbcChildHealthChecks::check)
                .single();
    }

    private static void range(
            LinkedHashMap<String, String> errors,
            String field,
            @Nullable BigDecimal value,
            String min,
            String max,
            String what) {
        if (value == null) {
            errors.put(field, "请填写" + what);
        } else if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0) {
            errors.put(field, what + "应在" + min + "～" + max + "之间");
        }
    }

    private static ChildCheck check(ResultSet rs, int row) throws SQLException {
        return new ChildCheck(
                rs.getLong("id"),
                rs.getLong("resident_id"),
                rs.getString("visit"),
                rs.getObject("checked_on", LocalDate.class),
                rs.getBigDecimal("weight_kg"),
                rs.getBigDecimal("length_cm"),
                rs.getBigDecimal("head_cm"),
                (Integer) rs.getObject("hb"),
                rs.getBoolean("development_normal"),
                rs.getString("note"),
                rs.getString("recorded_by"));
    }
}
