package org.regionalhealth.eldercare.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.eldercare.CarePlan;
import org.regionalhealth.eldercare.CareSetting;
import org.regionalhealth.eldercare.ElderCareProperties;
import org.regionalhealth.eldercare.IntegratedCare;
import org.regionalhealth.eldercare.RehabEpisode;
import org.regionalhealth.eldercare.RehabOutcome;
import org.regionalhealth.eldercare.RehabSession;
import org.regionalhealth.eldercare.ServiceLog;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Care plans, service logs and rehabilitation episodes in PostgreSQL. */
@Service
class JdbcIntegratedCare implements IntegratedCare {

    private final JdbcClient jdbc;
    private final ResidentIndex residents;
    private final Organizations organizations;
    private final ElderCareProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    JdbcIntegratedCare(
            JdbcClient jdbc,
            ResidentIndex residents,
            Organizations organizations,
            ElderCareProperties properties,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.organizations = organizations;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<String> catalogue() {
        return properties.careServices();
    }

    @Override
    @Transactional
    public CarePlan createPlan(
            long residentId,
            @Nullable CareSetting setting,
            @Nullable Long placeUnitId,
            @Nullable String goals,
            List<String> services,
            @Nullable LocalDate startsOn,
            CurrentUser user) {
        staffOnly(user);
        var resident = residents
                .find(residentId, user, "医养结合照护计划")
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "未找到该居民或不在您的管理范围"));
        var today = LocalDate.now(clock);
        LocalDate start = startsOn == null ? today : startsOn;
        var errors = new LinkedHashMap<String, String>();
        String place = place(setting, placeUnitId, errors);
        text(goals, "goals", "请填写照护目标", 500, errors);
        if (services.isEmpty()) {
            errors.put("services", "请至少选择一项服务");
        } else if (!properties.careServices().containsAll(services)) {
            errors.put("services", "所选服务不在服务目录内");
        }
        if (start.isAfter(today) || start.isBefore(today.minusYears(1))) {
            errors.put("startsOn", "开始日期应在一年内且不晚于今天");
        }
        refuse(errors, "ELDERCARE_CARE_PLAN_INVALID", "照护计划");
        long id;
        try {
            id = jdbc.sql(
                            """
                            insert into eldercare_care_plan (resident_id, unit_path, setting, place, goals, services,
                                starts_on, review_on, state, created_by, recorded_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?) returning id""")
                    .params(
                            resident.id(),
                            resident.unitPath(),
                            setting.name(),
                            place,
                            goals.strip(),
                            String.join("；", services),
                            start,
                            start.plusMonths(6),
                            user.username(),
                            Timestamp.from(Instant.now(clock)))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw PlatformException.conflict("ELDERCARE_CARE_PLAN_ACTIVE", "该居民已有进行中的照护计划：请在原计划中转换照护场所或先结束");
        }
        audit.record(AuditLog.Action.CREATE, "eldercare_care_plan", List.of(id), "医养结合照护计划");
        return loadPlan(id);
    }

    private @Nullable String place(
            @Nullable CareSetting setting, @Nullable Long placeUnitId, Map<String, String> errors) {
        if (setting == null) {
            errors.put("setting", "请选择照护场所");
            return null;
        }
        if (setting == CareSetting.HOME) {
            return "居家";
        }
        var type = setting == CareSetting.NURSING_HOME ? UnitType.NURSING_HOME : UnitType.HOSPITAL;
        var unit = placeUnitId == null
                ? Optional.<org.regionalhealth.org.Unit>empty()
                : organizations.find(placeUnitId).filter(u -> u.type() == type);
        if (unit.isEmpty()) {
            errors.put("place", setting == CareSetting.NURSING_HOME ? "请选择养老机构" : "请选择医院");
            return null;
        }
        return unit.get().name();
    }

    @Override
    @Transactional
    public CarePlan move(long planId, @Nullable CareSetting setting, @Nullable Long placeUnitId, CurrentUser user) {
        activePlan(planId, user);
        var errors = new LinkedHashMap<String, String>();
        String place = place(setting, placeUnitId, errors);
        refuse(errors, "ELDERCARE_CARE_PLAN_INVALID", "转换照护场所");
        jdbc.sql("update eldercare_care_plan set setting = ?, place = ? where id = ?")
                .params(setting.name(), place, planId)
                .update();
        audit.record(AuditLog.Action.UPDATE, "eldercare_care_plan", List.of(planId), "转换照护场所");
        return loadPlan(planId);
    }

    @Override
    @Transactional
    public ServiceLog log(
            long planId,
            @Nullable String caregiver,
            @Nullable String service,
            @Nullable Integer minutes,
            @Nullable String note,
            @Nullable LocalDate on,
            CurrentUser user) {
        var plan = activePlan(planId, user);
        var today = LocalDate.now(clock);
        LocalDate day = on == null ? today : on;
        var errors = new LinkedHashMap<String, String>();
        text(caregiver, "caregiver", "请填写服务人员姓名", 64, errors);
        if (service == null || !plan.services().contains(service)) {
            errors.put("service", "请选择本计划内的服务项目");
        }
        if (minutes == null || minutes < 1 || minutes > 1440) {
            errors.put("minutes", "服务时长应为 1 到 1440 分钟");
        }
        if (note != null && note.strip().length() > 300) {
            errors.put("note", "备注不超过300字");
        }
        if (day.isAfter(today) || day.isBefore(plan.startsOn())) {
            errors.put("servedOn", "服务日期应在计划开始日期与今天之间");
        }
        refuse(errors, "ELDERCARE_SERVICE_LOG_INVALID", "服务记录");
        long id = jdbc.sql(
                        """
                        insert into eldercare_service_log (plan_id, served_on, setting, caregiver, service, minutes, note,
                            recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        planId,
                        day,
                        plan.setting().name(),
                        caregiver.strip(),
                        service,
                        minutes,
                        note == null ? "" : note.strip(),
                        user.username(),
                        Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .single();
        audit.record(AuditLog.Action.CREATE, "eldercare_service_log", List.of(id), "医养结合服务记录");
        return new ServiceLog(
                id, planId, day, plan.setting(), caregiver.strip(), service, minutes, note == null ? "" : note.strip());
    }

    @Override
    @Transactional
    public CarePlan closePlan(long planId, CurrentUser user) {
        activePlan(planId, user);
        jdbc.sql("update eldercare_care_plan set state = 'CLOSED', closed_on = ? where id = ? and state = 'ACTIVE'")
                .params(LocalDate.now(clock), planId)
                .update();
        audit.record(AuditLog.Action.UPDATE, "eldercare_care_plan", List.of(planId), "结束照护计划");
        return loadPlan(planId);
    }

    @Override
    public Optional<CarePlan> plan(long id, CurrentUser user) {
        var found = jdbc.sql("select * from eldercare_care_plan where id = ? and unit_path like ?")
                .params(id, user.scope().likePattern())
                .query(JdbcIntegratedCare::planRow)
                .optional()
                .filter(p ->
                        user.scope().residentId().map(r -> r == p.residentId()).orElse(true));
        found.ifPresent(p -> audit.record(AuditLog.Action.READ, "eldercare_care_plan", List.of(p.id()), "查看照护计划"));
        return found;
    }

    @Override
    public List<ServiceLog> logs(long planId, CurrentUser user) {
        if (plan(planId, user).isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select * from eldercare_service_log where plan_id = ? order by served_on desc, id desc limit 100")
                .param(planId)
                .query((rs, n) -> new ServiceLog(
                        rs.getLong("id"),
                        rs.getLong("plan_id"),
                        rs.getObject("served_on", LocalDate.class),
                        CareSetting.valueOf(rs.getString("setting")),
                        rs.getString("caregiver"),
                        rs.getString("service"),
                        rs.getInt("minutes"),
                        rs.getString("note")))
                .list();
    }

    @Override
    public PageResult<CarePlan> plans(@Nullable CareSetting setting, CurrentUser user, int page, int size) {
        if (user.scope().isResidentOnly()) {
            return new PageResult<>(List.of(), 0, 0, size);
        }
        int bounded = PageResult.boundedSize(size);
        String where = "unit_path like ? and state = 'ACTIVE'"
                + (setting == null ? "" : " and setting = '" + setting.name() + "'");
        long total = jdbc.sql("select count(*) from eldercare_care_plan where " + where)
                .param(user.scope().likePattern())
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        "select * from eldercare_care_plan where " + where + " order by review_on, id limit ? offset ?")
                .params(user.scope().likePattern(), bounded, (long) Math.max(page, 0) * bounded)
                .query(JdbcIntegratedCare::planRow)
                .list();
        if (!items.isEmpty()) {
            audit.record(
                    AuditLog.Action.SEARCH,
                    "eldercare_care_plan",
                    items.stream().map(CarePlan::id).toList(),
                    "照护计划列表");
        }
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    @Override
    @Transactional
    public RehabEpisode startRehab(
            long residentId,
            @Nullable String condition,
            @Nullable String goals,
            @Nullable String therapist,
            @Nullable Integer plannedSessions,
            @Nullable LocalDate startedOn,
            CurrentUser user) {
        staffOnly(user);
        var resident = residents
                .find(residentId, user, "居家康复")
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "未找到该居民或不在您的管理范围"));
        var today = LocalDate.now(clock);
        LocalDate start = startedOn == null ? today : startedOn;
        var errors = new LinkedHashMap<String, String>();
        text(condition, "condition", "请填写康复原因（如：脑卒中后偏瘫、髋部骨折术后）", 100, errors);
        text(goals, "goals", "请填写康复目标（可测量，如：4周内独立行走10米）", 500, errors);
        text(therapist, "therapist", "请填写康复治疗人员", 64, errors);
        if (plannedSessions == null || plannedSessions < 1 || plannedSessions > 200) {
            errors.put("plannedSessions", "计划次数应为 1 到 200 次");
        }
        if (start.isAfter(today) || start.isBefore(today.minusYears(1))) {
            errors.put("startedOn", "开始日期应在一年内且不晚于今天");
        }
        refuse(errors, "ELDERCARE_REHAB_INVALID", "居家康复");
        long id;
        try {
            id = jdbc.sql(
                            """
                            insert into eldercare_rehab_episode (resident_id, unit_path, condition, goals, therapist,
                                planned_sessions, started_on, state, created_by, recorded_at)
                            values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?) returning id""")
                    .params(
                            resident.id(),
                            resident.unitPath(),
                            condition.strip(),
                            goals.strip(),
                            therapist.strip(),
                            plannedSessions,
                            start,
                            user.username(),
                            Timestamp.from(Instant.now(clock)))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw PlatformException.conflict("ELDERCARE_REHAB_ACTIVE", "该居民已有进行中的居家康复，请在原记录中登记或先结束");
        }
        audit.record(AuditLog.Action.CREATE, "eldercare_rehab_episode", List.of(id), "居家康复开始");
        return loadEpisode(id);
    }

    @Override
    @Transactional
    public RehabSession session(
            long episodeId,
            @Nullable String therapist,
            @Nullable String content,
            @Nullable Integer minutes,
            @Nullable LocalDate on,
            CurrentUser user) {
        var episode = activeEpisode(episodeId, user);
        var today = LocalDate.now(clock);
        LocalDate day = on == null ? today : on;
        var errors = new LinkedHashMap<String, String>();
        text(therapist, "therapist", "请填写康复治疗人员", 64, errors);
        text(content, "content", "请填写训练内容（如：坐站转移训练、步行训练）", 300, errors);
        if (minutes == null || minutes < 1 || minutes > 480) {
            errors.put("minutes", "训练时长应为 1 到 480 分钟");
        }
        if (day.isAfter(today) || day.isBefore(episode.startedOn())) {
            errors.put("sessionOn", "训练日期应在开始日期与今天之间");
        }
        refuse(errors, "ELDERCARE_REHAB_SESSION_INVALID", "康复训练记录");
        long id = jdbc.sql(
                        """
                        insert into eldercare_rehab_session (episode_id, session_on, therapist, content, minutes,
                            recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        episodeId,
                        day,
                        therapist.strip(),
                        content.strip(),
                        minutes,
                        user.username(),
                        Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .single();
        audit.record(AuditLog.Action.CREATE, "eldercare_rehab_session", List.of(id), "居家康复训练");
        return new RehabSession(id, episodeId, day, therapist.strip(), content.strip(), minutes);
    }

    @Override
    @Transactional
    public RehabEpisode endRehab(
            long episodeId, @Nullable RehabOutcome outcome, @Nullable String note, CurrentUser user) {
        activeEpisode(episodeId, user);
        var errors = new LinkedHashMap<String, String>();
        if (outcome == null) {
            errors.put("outcome", "请选择康复结局");
        }
        if (note != null && note.strip().length() > 300) {
            errors.put("endNote", "小结不超过300字");
        }
        refuse(errors, "ELDERCARE_REHAB_END_INVALID", "结束居家康复");
        jdbc.sql(
                        """
                        update eldercare_rehab_episode set state = 'ENDED', ended_on = ?, outcome = ?, end_note = ?
                         where id = ? and state = 'ACTIVE'""")
                .params(
                        LocalDate.now(clock),
                        outcome.name(),
                        note == null || note.isBlank() ? null : note.strip(),
                        episodeId)
                .update();
        audit.record(AuditLog.Action.UPDATE, "eldercare_rehab_episode", List.of(episodeId), "居家康复结束");
        return loadEpisode(episodeId);
    }

    @Override
    public Optional<RehabEpisode> episode(long id, CurrentUser user) {
        var found = jdbc.sql(EPISODES + " where e.id = ? and e.unit_path like ?")
                .params(id, user.scope().likePattern())
                .query(JdbcIntegratedCare::episodeRow)
                .optional()
                .filter(e ->
                        user.scope().residentId().map(r -> r == e.residentId()).orElse(true));
        found.ifPresent(e -> audit.record(AuditLog.Action.READ, "eldercare_rehab_episode", List.of(e.id()), "查看居家康复"));
        return found;
    }

    @Override
    public List<RehabSession> sessions(long episodeId, CurrentUser user) {
        if (episode(episodeId, user).isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select * from eldercare_rehab_session where episode_id = ? order by session_on desc, id desc limit 200")
                .param(episodeId)
                .query((rs, n) -> new RehabSession(
                        rs.getLong("id"),
                        rs.getLong("episode_id"),
                        rs.getObject("session_on", LocalDate.class),
                        rs.getString("therapist"),
                        rs.getString("content"),
                        rs.getInt("minutes")))
                .list();
    }

    @Override
    public PageResult<RehabEpisode> episodes(boolean activeOnly, CurrentUser user, int page, int size) {
        if (user.scope().isResidentOnly()) {
            return new PageResult<>(List.of(), 0, 0, size);
        }
        int bounded = PageResult.boundedSize(size);
        String state = activeOnly ? "ACTIVE" : "ENDED";
        long total = jdbc.sql("select count(*) from eldercare_rehab_episode where unit_path like ? and state = ?")
                .params(user.scope().likePattern(), state)
                .query(Long.class)
                .single();
        var items = jdbc.sql(EPISODES + " where e.unit_path like ? and e.state = ?"
                        + " order by coalesce(e.ended_on, e.started_on) desc, e.id desc limit ? offset ?")
                .params(user.scope().likePattern(), state, bounded, (long) Math.max(page, 0) * bounded)
                .query(JdbcIntegratedCare::episodeRow)
                .list();
        if (!items.isEmpty()) {
            audit.record(
                    AuditLog.Action.SEARCH,
                    "eldercare_rehab_episode",
                    items.stream().map(RehabEpisode::id).toList(),
                    "居家康复列表");
        }
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    @Override
    public List<CarePlan> plansOf(long residentId, CurrentUser user) {
        if (user.scope().residentId().map(r -> r != residentId).orElse(false)) {
            return List.of();
        }
        return jdbc.sql(
                        "select * from eldercare_care_plan where resident_id = ? and unit_path like ? order by starts_on desc, id desc limit 10")
                .params(residentId, user.scope().likePattern())
                .query(JdbcIntegratedCare::planRow)
                .list();
    }

    @Override
    public List<RehabEpisode> episodesOf(long residentId, CurrentUser user) {
        if (user.scope().residentId().map(r -> r != residentId).orElse(false)) {
            return List.of();
        }
        return jdbc.sql(
                        EPISODES
                                + " where e.resident_id = ? and e.unit_path like ? order by e.started_on desc, e.id desc limit 10")
                .params(residentId, user.scope().likePattern())
                .query(JdbcIntegratedCare::episodeRow)
                .list();
    }

    @Override
    public Figures figures(CurrentUser user) {
        if (user.scope().isResidentOnly()) {
            return new Figures(0, 0, 0, 0, 0, 0);
        }
        String like = user.scope().likePattern();
        var since = LocalDate.now(clock).minusDays(30);
        return jdbc.sql(
                        """
                        select (select count(*) from eldercare_care_plan where unit_path like ? and state = 'ACTIVE' and setting = 'HOME'),
                               (select count(*) from eldercare_care_plan where unit_path like ? and state = 'ACTIVE' and setting = 'NURSING_HOME'),
                               (select count(*) from eldercare_care_plan where unit_path like ? and state = 'ACTIVE' and setting = 'HOSPITAL'),
                               (select count(*) from eldercare_service_log l join eldercare_care_plan p on p.id = l.plan_id
                                 where p.unit_path like ? and l.served_on >= ?),
                               (select count(*) from eldercare_rehab_episode where unit_path like ? and state = 'ACTIVE'),
                               (select count(*) from eldercare_rehab_episode where unit_path like ? and state = 'ENDED')""")
                .params(like, like, like, like, since, like, like)
                .query((rs, n) -> new Figures(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .single();
    }

    private CarePlan activePlan(long planId, CurrentUser user) {
        staffOnly(user);
        var plan = plan(planId, user)
                .orElseThrow(() -> PlatformException.notFound("ELDERCARE_CARE_PLAN_NOT_FOUND", "未找到该照护计划或不在您的管理范围"));
        if (!plan.active()) {
            throw PlatformException.conflict("ELDERCARE_CARE_PLAN_CLOSED", "该照护计划已结束");
        }
        return plan;
    }

    private RehabEpisode activeEpisode(long episodeId, CurrentUser user) {
        staffOnly(user);
        var episode = episode(episodeId, user)
                .orElseThrow(() -> PlatformException.notFound("ELDERCARE_REHAB_NOT_FOUND", "未找到该居家康复或不在您的管理范围"));
        if (!episode.active()) {
            throw PlatformException.conflict("ELDERCARE_REHAB_ENDED", "该居家康复已结束");
        }
        return episode;
    }

    private static void staffOnly(CurrentUser user) {
        if (user.scope().isResidentOnly()) {
            throw PlatformException.forbidden("ELDERCARE_STAFF_ONLY", "只有医务人员可以记录");
        }
    }

    private static void text(
            @Nullable String value, String field, String missing, int max, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
        } else if (value.strip().length() > max) {
            errors.put(field, "不超过" + max + "字");
        }
    }

    private static void refuse(Map<String, String> errors, String code, String what) {
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST, code, what + "有 " + errors.size() + " 处需要补充或修改，未保存", errors);
        }
    }

    private CarePlan loadPlan(long id) {
        return jdbc.sql("select * from eldercare_care_plan where id = ?")
                .param(id)
                .query(JdbcIntegratedCare::planRow)
                .single();
    }

    private RehabEpisode loadEpisode(long id) {
        return jdbc.sql(EPISODES + " where e.id = ?")
                .param(id)
                .query(JdbcIntegratedCare::episodeRow)
                .single();
    }

    private static final String EPISODES =
            "select e.*, (select count(*) from eldercare_rehab_session s where s.episode_id = e.id) as sessions"
                    + " from eldercare_rehab_episode e";

    private static CarePlan planRow(ResultSet rs, int n) throws SQLException {
        return new CarePlan(
                rs.getLong("id"),
                rs.getLong("resident_id"),
                CareSetting.valueOf(rs.getString("setting")),
                rs.getString("place"),
                rs.getString("goals"),
                List.of(rs.getString("services").split("；")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("review_on", LocalDate.class),
                "ACTIVE".equals(rs.getString("state")),
                rs.getObject("closed_on", LocalDate.class),
                rs.getString("created_by"));
    }

    private static RehabEpisode episodeRow(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        return new RehabEpisode(
                rs.getLong("id"),
                rs.getLong("resident_id"),
                rs.getString("condition"),
                rs.getString("goals"),
                rs.getString("therapist"),
                rs.getInt("planned_sessions"),
                rs.getInt("sessions"),
                rs.getObject("started_on", LocalDate.class),
                "ACTIVE".equals(rs.getString("state")),
                rs.getObject("ended_on", LocalDate.class),
                outcome == null ? null : RehabOutcome.valueOf(outcome),
                rs.getString("end_note"));
    }
}
