package org.regionalhealth.populationscreening.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.populationscreening.ColorectalRisk;
import org.regionalhealth.populationscreening.Figures;
import org.regionalhealth.populationscreening.FirstStage;
import org.regionalhealth.populationscreening.FollowUp;
import org.regionalhealth.populationscreening.FollowUpOutcome;
import org.regionalhealth.populationscreening.Participant;
import org.regionalhealth.populationscreening.ParticipantState;
import org.regionalhealth.populationscreening.PopulationScreeningProperties;
import org.regionalhealth.populationscreening.Programme;
import org.regionalhealth.populationscreening.ProgrammeFigures;
import org.regionalhealth.populationscreening.ScreeningFollowUpRecorded;
import org.regionalhealth.populationscreening.ScreeningProgrammes;
import org.regionalhealth.populationscreening.ScreeningResultRecorded;
import org.regionalhealth.populationscreening.TownFigures;
import org.regionalhealth.populationscreening.Transition;
import org.regionalhealth.populationscreening.WorklistView;
import org.regionalhealth.populationscreening.rules.AutismWarningSigns;
import org.regionalhealth.populationscreening.rules.ColorectalRule;
import org.regionalhealth.populationscreening.rules.Evaluation;
import org.regionalhealth.populationscreening.rules.ReferralClock;
import org.regionalhealth.populationscreening.rules.Transitions;
import org.regionalhealth.populationscreening.rules.Transitions.Step;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentCohorts;
import org.regionalhealth.residents.Sex;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The screening mechanism on table {@code populationscreening_participant} and its transitions. */
@Service
class JdbcScreeningProgrammes implements ScreeningProgrammes {

    private static final String COLUMNS =
            """
            id, programme, round_key, resident_id, name, sex, birth_date, town_code, unit_path, state, invited_on,
            screened_on, findings, fit1, fit2, reasons, referred_on, due_on, follow_up_on, outcome, note""";
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final ResidentCohorts cohorts;
    private final Organizations organizations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PopulationScreeningProperties properties;
    private final Clock clock;

    JdbcScreeningProgrammes(
            JdbcClient jdbc,
            ResidentCohorts cohorts,
            Organizations organizations,
            AuditLog audit,
            ApplicationEventPublisher events,
            PopulationScreeningProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.cohorts = cohorts;
        this.organizations = organizations;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    private ColorectalRule colorectal() {
        return new ColorectalRule(properties.colorectal());
    }

    @Override
    @Transactional
    public int invite(Programme programme, LocalDate on, CurrentUser user) {
        if (on.isAfter(LocalDate.now(clock))) {
            throw PlatformException.invalidField("POPULATIONSCREENING_INVALID", "on", "邀约日期不能晚于今天");
        }
        if (user.scope().isResidentOnly()) {
            throw PlatformException.forbidden("POPULATIONSCREENING_DENIED", "您的角色无权发起筛查邀约");
        }
        LocalDate from;
        LocalDate to;
        if (programme == Programme.COLORECTAL) {
            from = colorectal().bornFrom(on.getYear());
            to = colorectal().bornTo(on.getYear());
        } else {
            from = AutismWarningSigns.bornFrom(on);
            to = AutismWarningSigns.bornTo(on);
        }
        int invited = 0;
        long after = 0;
        var ids = new ArrayList<Long>();
        while (true) {
            var batch = cohorts.bornBetween(from, to, user, after, BATCH, "人群筛查邀约：" + programme.name());
            for (var r : batch) {
                String round = roundOf(programme, r, on);
                if (round != null) {
                    var id = insert(programme, round, r, on, user);
                    if (id != null) {
                        ids.add(id);
                        invited++;
                    }
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1).id();
        }
        if (!ids.isEmpty()) {
            audit(user, AuditLog.Action.CREATE, "populationscreening_participant", ids, "人群筛查邀约");
        }
        return invited;
    }

    private @Nullable String roundOf(Programme programme, Resident r, LocalDate on) {
        return switch (programme) {
            case COLORECTAL -> String.valueOf(on.getYear());
            case AUTISM ->
                AutismWarningSigns.pointAt(r.birthDate(), on)
                        .map(AutismWarningSigns.Point::code)
                        .orElse(null);
        };
    }

    private @Nullable Long insert(Programme programme, String round, Resident r, LocalDate on, CurrentUser user) {
        return jdbc.sql(
                        """
                        with p as (
                          insert into populationscreening_participant (programme, round_key, resident_id, name, sex,
                                 birth_date, town_code, unit_path, state, invited_on, updated_at)
                          values (?, ?, ?, ?, ?, ?, ?, ?, 'INVITED', ?, ?)
                          on conflict (programme, round_key, resident_id) do nothing
                          returning id)
                        insert into populationscreening_transition (participant_id, from_state, to_state, actor, at)
                        select id, null, 'INVITED', ?, ? from p
                        returning participant_id""")
                .params(
                        programme.name(),
                        round,
                        r.id(),
                        r.name(),
                        r.sex() == Sex.MALE ? "1" : "2",
                        r.birthDate(),
                        r.divisionCode().length() >= 9 ? r.divisionCode().substring(0, 9) : r.divisionCode(),
                        r.unitPath(),
                        on,
                        java.sql.Timestamp.from(Instant.now(clock)),
                        user.username(),
                        java.sql.Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    @Override
    @Transactional
    public Participant recordFirstStage(long participantId, FirstStage stage, CurrentUser user) {
        var p = locked(participantId, user);
        var today = LocalDate.now(clock);
        if (p.state() != ParticipantState.INVITED) {
            throw stateConflict(p);
        }
        var errors = new LinkedHashMap<String, String>();
        var day = stage.screenedOn();
        if (day == null) {
            errors.put("screenedOn", "请填写筛查日期");
        } else if (day.isAfter(today)) {
            errors.put("screenedOn", "筛查日期不能晚于今天");
        } else if (day.isBefore(p.invitedOn())) {
            errors.put("screenedOn", "筛查日期不能早于邀约日期（" + p.invitedOn() + "）");
        }
        Evaluation evaluation = null;
        int days;
        String ruleNote;
        if (p.programme() == Programme.COLORECTAL) {
            var answers = EnumSet.noneOf(ColorectalRisk.class);
            for (String code : stage.findings()) {
                try {
                    answers.add(ColorectalRisk.valueOf(code));
                } catch (IllegalArgumentException e) {
                    errors.put("findings", "问卷条目无效，请重新勾选");
                }
            }
            if (stage.fit1() == null) {
                errors.put("fit1", "请选择第1次粪便隐血检测结果");
            }
            if (stage.fit2() == null) {
                errors.put("fit2", "请选择第2次粪便隐血检测结果");
            }
            if (errors.isEmpty()) {
                evaluation = colorectal().evaluate(answers, stage.fit1(), stage.fit2());
            }
            var c = properties.colorectal();
            days = c.referralDays();
            ruleNote = "粪便隐血" + c.fitPositiveCount() + "/2阳性或问卷阳性；肠镜期限" + days + "天";
        } else {
            var point = AutismWarningSigns.point(p.roundKey()).orElseThrow();
            if (!AutismWarningSigns.unknown(point, stage.findings()).isEmpty()) {
                errors.put("findings", "预警征象不属于该年龄段，请重新勾选");
            }
            if (errors.isEmpty()) {
                evaluation = AutismWarningSigns.evaluate(point, stage.findings());
            }
            days = properties.autism().referralDays();
            ruleNote = "预警征象任一阳性；复筛期限" + days + "天";
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(HttpStatus.BAD_REQUEST, "POPULATIONSCREENING_INVALID", "筛查结果有误，请按提示修改", errors);
        }
        var to = move(p, evaluation.positive() ? Step.FIRST_STAGE_POSITIVE : Step.FIRST_STAGE_NEGATIVE);
        LocalDate due = evaluation.positive() ? ReferralClock.dueOn(day, days) : null;
        int updated = jdbc.sql(
                        """
                        update populationscreening_participant
                           set state = ?, screened_on = ?, findings = ?, fit1 = ?, fit2 = ?, reasons = ?, rule_note = ?,
                               referred_on = ?, due_on = ?, updated_at = ?
                         where id = ? and state = ?""")
                .params(
                        to.name(),
                        day,
                        String.join(",", stage.findings().stream().sorted().toList()),
                        stage.fit1(),
                        stage.fit2(),
                        String.join(",", evaluation.reasons()),
                        ruleNote,
                        evaluation.positive() ? day : null,
                        due,
                        java.sql.Timestamp.from(Instant.now(clock)),
                        p.id(),
                        p.state().name())
                .update();
        if (updated != 1) {
            throw stateConflict(p);
        }
        transition(p.id(), p.state(), to, user, null);
        audit(user, AuditLog.Action.UPDATE, "populationscreening_participant", List.of(p.id()), "记录初筛结果");
        events.publishEvent(
                new ScreeningResultRecorded(p.id(), p.residentId(), p.programme(), evaluation.positive(), day));
        return load(p.id()).orElseThrow();
    }

    @Override
    @Transactional
    public Participant recordFollowUp(long participantId, FollowUp followUp, CurrentUser user) {
        var p = locked(participantId, user);
        if (p.state() != ParticipantState.REFERRED) {
            throw stateConflict(p);
        }
        var today = LocalDate.now(clock);
        var errors = new LinkedHashMap<String, String>();
        var day = followUp.on();
        if (day == null) {
            errors.put("on", "请填写检查日期");
        } else if (day.isAfter(today)) {
            errors.put("on", "检查日期不能晚于今天");
        } else if (p.referredOn() != null && day.isBefore(p.referredOn())) {
            errors.put("on", "检查日期不能早于转诊日期（" + p.referredOn() + "）");
        }
        if (followUp.outcome() == null || followUp.outcome().programme() != p.programme()) {
            errors.put("outcome", "请选择检查结果");
        }
        String note = followUp.note() == null ? null : followUp.note().strip();
        if (note != null && note.length() > 300) {
            errors.put("note", "备注不能超过300字");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(HttpStatus.BAD_REQUEST, "POPULATIONSCREENING_INVALID", "检查结果有误，请按提示修改", errors);
        }
        var to = move(p, Step.FOLLOW_UP);
        int updated = jdbc.sql(
                        """
                        update populationscreening_participant
                           set state = ?, follow_up_on = ?, outcome = ?, note = ?, updated_at = ?
                         where id = ? and state = ?""")
                .params(
                        to.name(),
                        day,
                        followUp.outcome().name(),
                        note == null || note.isEmpty() ? null : note,
                        java.sql.Timestamp.from(Instant.now(clock)),
                        p.id(),
                        p.state().name())
                .update();
        if (updated != 1) {
            throw stateConflict(p);
        }
        transition(p.id(), p.state(), to, user, note);
        audit(user, AuditLog.Action.UPDATE, "populationscreening_participant", List.of(p.id()), "记录诊断性检查结果");
        events.publishEvent(
                new ScreeningFollowUpRecorded(p.id(), p.residentId(), p.programme(), followUp.outcome(), day));
        return load(p.id()).orElseThrow();
    }

    @Override
    @Transactional
    public Participant decline(long participantId, @Nullable String note, CurrentUser user) {
        var p = locked(participantId, user);
        String text = note == null ? null : note.strip();
        if (text != null && text.length() > 300) {
            throw PlatformException.invalidField("POPULATIONSCREENING_INVALID", "note", "备注不能超过300字");
        }
        var to = move(p, Step.DECLINE);
        int updated = jdbc.sql(
                        "update populationscreening_participant set state = ?, note = ?, updated_at = ? where id = ? and state = ?")
                .params(
                        to.name(),
                        text == null || text.isEmpty() ? null : text,
                        java.sql.Timestamp.from(Instant.now(clock)),
                        p.id(),
                        p.state().name())
                .update();
        if (updated != 1) {
            throw stateConflict(p);
        }
        transition(p.id(), p.state(), to, user, text);
        audit(user, AuditLog.Action.UPDATE, "populationscreening_participant", List.of(p.id()), "记录拒绝");
        return load(p.id()).orElseThrow();
    }

    /** A person's read or change; the demo seeder's own writes (channel SYSTEM) are not a person's access. */
    private void audit(CurrentUser user, AuditLog.Action action, String type, List<Long> ids, String purpose) {
        if (user.channel() != CurrentUser.Channel.SYSTEM) {
            audit.record(action, type, ids, purpose);
        }
    }

    private ParticipantState move(Participant p, Step step) {
        return Transitions.next(p.state(), step).orElseThrow(() -> stateConflict(p));
    }

    private static PlatformException stateConflict(Participant p) {
        return PlatformException.conflict("POPULATIONSCREENING_STATE", "该筛查对象当前状态不能进行此操作，请刷新页面后查看");
    }

    private void transition(
            long id, ParticipantState from, ParticipantState to, CurrentUser user, @Nullable String note) {
        jdbc.sql(
                        """
                        insert into populationscreening_transition (participant_id, from_state, to_state, actor, at, note)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        from.name(),
                        to.name(),
                        user.username(),
                        java.sql.Timestamp.from(Instant.now(clock)),
                        note == null || note.isEmpty() ? null : note)
                .update();
    }

    /** The participant, locked for the transition, if the user may see it; otherwise 404. */
    private Participant locked(long id, CurrentUser user) {
        return jdbc.sql("select " + COLUMNS + " from populationscreening_participant where id = ? for update")
                .param(id)
                .query(JdbcScreeningProgrammes::participant)
                .optional()
                .filter(p -> visible(p, user))
                .orElseThrow(JdbcScreeningProgrammes::notFound);
    }

    private static PlatformException notFound() {
        return PlatformException.notFound("POPULATIONSCREENING_NOT_FOUND", "未找到该筛查对象或不在您的管理范围");
    }

    private static boolean visible(Participant p, CurrentUser user) {
        return user.scope().residentId().map(own -> own == p.residentId()).orElseGet(() -> user.scope()
                .covers(p.unitPath()));
    }

    private Optional<Participant> load(long id) {
        return jdbc.sql("select " + COLUMNS + " from populationscreening_participant where id = ?")
                .param(id)
                .query(JdbcScreeningProgrammes::participant)
                .optional();
    }

    @Override
    @Transactional
    public Optional<Participant> find(long participantId, CurrentUser user) {
        var found = load(participantId).filter(p -> visible(p, user));
        found.ifPresent(
                p -> audit(user, AuditLog.Action.READ, "populationscreening_participant", List.of(p.id()), "查看筛查对象"));
        return found;
    }

    @Override
    public List<Transition> history(long participantId, CurrentUser user) {
        if (load(participantId).filter(p -> visible(p, user)).isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                        select from_state, to_state, actor, at, note from populationscreening_transition
                         where participant_id = ? order by id""")
                .param(participantId)
                .query((rs, row) -> new Transition(
                        rs.getString(1) == null ? null : ParticipantState.valueOf(rs.getString(1)),
                        ParticipantState.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list();
    }

    private record Where(String sql, List<Object> params) {}

    private Where where(@Nullable Programme programme, @Nullable WorklistView view, CurrentUser user) {
        var sql = new StringBuilder();
        var params = new ArrayList<Object>();
        if (user.scope().isResidentOnly()) {
            sql.append("resident_id = ?");
            params.add(user.scope().residentId().orElseThrow());
        } else {
            sql.append("unit_path like ?");
            params.add(user.scope().likePattern());
        }
        if (programme != null) {
            sql.append(" and programme = ?");
            params.add(programme.name());
        }
        if (view != null) {
            var today = LocalDate.now(clock);
            switch (view) {
                case DUE -> sql.append(" and state = 'INVITED'");
                case POSITIVE -> {
                    sql.append(" and state = 'REFERRED' and due_on >= ?");
                    params.add(today);
                }
                case OVERDUE -> {
                    sql.append(" and state = 'REFERRED' and due_on < ?");
                    params.add(today);
                }
            }
        }
        return new Where(sql.toString(), params);
    }

    @Override
    @Transactional
    public PageResult<Participant> worklist(
            @Nullable Programme programme, WorklistView view, CurrentUser user, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        int p = Math.max(page, 0);
        var w = where(programme, view, user);
        long total = jdbc.sql("select count(*) from populationscreening_participant where " + w.sql())
                .params(w.params())
                .query(Long.class)
                .single();
        String order =
                switch (view) {
                    case DUE -> "invited_on, id";
                    case POSITIVE, OVERDUE -> "due_on, id";
                };
        var params = new ArrayList<>(w.params());
        params.add(bounded);
        params.add((long) p * bounded);
        var items = jdbc.sql("select " + COLUMNS + " from populationscreening_participant where " + w.sql()
                        + " order by " + order + " limit ? offset ?")
                .params(params)
                .query(JdbcScreeningProgrammes::participant)
                .list();
        if (!items.isEmpty()) {
            audit(
                    user,
                    AuditLog.Action.SEARCH,
                    "populationscreening_participant",
                    items.stream().map(Participant::id).toList(),
                    "人群筛查工作清单");
        }
        return new PageResult<>(items, total, p, bounded);
    }

    @Override
    public Map<WorklistView, Long> worklistCounts(@Nullable Programme programme, CurrentUser user) {
        var counts = new EnumMap<WorklistView, Long>(WorklistView.class);
        for (var view : WorklistView.values()) {
            var w = where(programme, view, user);
            counts.put(
                    view,
                    jdbc.sql("select count(*) from populationscreening_participant where " + w.sql())
                            .params(w.params())
                            .query(Long.class)
                            .single());
        }
        return counts;
    }

    @Override
    public ProgrammeFigures figures(Programme programme, int year, CurrentUser user) {
        var w = where(programme, null, user);
        var params = new ArrayList<Object>();
        params.add(LocalDate.now(clock));
        params.add(targets(programme));
        params.addAll(w.params());
        params.add(LocalDate.of(year, 1, 1));
        params.add(LocalDate.of(year, 12, 31));
        var byTown = new LinkedHashMap<String, Figures>();
        jdbc.sql(
                        """
                        select town_code, count(*),
                               count(*) filter (where state in ('NEGATIVE', 'REFERRED', 'COMPLETED', 'FOLLOW_UP_DECLINED')),
                               count(*) filter (where state in ('REFERRED', 'COMPLETED', 'FOLLOW_UP_DECLINED')),
                               count(*) filter (where state = 'COMPLETED'),
                               count(*) filter (where state = 'REFERRED' and due_on < ?),
                               count(*) filter (where outcome = any (string_to_array(?, ',')))
                          from populationscreening_participant
                         where """
                                + " " + w.sql()
                                + " and invited_on between ? and ? group by town_code order by town_code")
                .params(params)
                .query((rs, row) -> byTown.put(
                        rs.getString(1),
                        new Figures(
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getLong(4),
                                rs.getLong(5),
                                rs.getLong(6),
                                rs.getLong(7))))
                .list();
        var names = new HashMap<String, String>();
        for (Division town : organizations.towns()) {
            names.put(town.code(), town.name());
        }
        var towns = new ArrayList<TownFigures>();
        var total = Figures.NONE;
        for (var e : byTown.entrySet()) {
            towns.add(new TownFigures(e.getKey(), names.getOrDefault(e.getKey(), "其他"), e.getValue()));
            total = total.plus(e.getValue());
        }
        return new ProgrammeFigures(programme, year, total, towns);
    }

    private static String targets(Programme programme) {
        return String.join(
                ",",
                FollowUpOutcome.of(programme).stream()
                        .filter(FollowUpOutcome::target)
                        .map(Enum::name)
                        .toList());
    }

    @Override
    public List<Integer> years(Programme programme, CurrentUser user) {
        var w = where(programme, null, user);
        return jdbc.sql(
                        "select distinct extract(year from invited_on)::int as y from populationscreening_participant where "
                                + w.sql() + " order by y desc")
                .params(w.params())
                .query(Integer.class)
                .list();
    }

    @Override
    @Transactional
    public List<Participant> ofResident(long residentId, CurrentUser user) {
        var list = jdbc
                .sql(
                        "select " + COLUMNS
                                + " from populationscreening_participant where resident_id = ? order by invited_on desc, id desc")
                .param(residentId)
                .query(JdbcScreeningProgrammes::participant)
                .list()
                .stream()
                .filter(p -> visible(p, user))
                .toList();
        if (!list.isEmpty()) {
            audit(
                    user,
                    AuditLog.Action.READ,
                    "populationscreening_participant",
                    list.stream().map(Participant::id).toList(),
                    "健康档案：人群筛查");
        }
        return list;
    }

    private static List<String> split(@Nullable String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }

    private static Participant participant(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Participant(
                rs.getLong("id"),
                Programme.valueOf(rs.getString("programme")),
                rs.getString("round_key"),
                rs.getLong("resident_id"),
                rs.getString("name"),
                "1".equals(rs.getString("sex")) ? Sex.MALE : Sex.FEMALE,
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("town_code"),
                rs.getString("unit_path"),
                ParticipantState.valueOf(rs.getString("state")),
                rs.getObject("invited_on", LocalDate.class),
                rs.getObject("screened_on", LocalDate.class),
                split(rs.getString("findings")),
                (Boolean) rs.getObject("fit1"),
                (Boolean) rs.getObject("fit2"),
                split(rs.getString("reasons")),
                rs.getObject("referred_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("follow_up_on", LocalDate.class),
                outcome == null ? null : FollowUpOutcome.valueOf(outcome),
                rs.getString("note"));
    }
}
