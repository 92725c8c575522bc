package org.regionalhealth.populationscreening.programme;

import java.math.BigDecimal;
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
import org.regionalhealth.platform.Role;
import org.regionalhealth.populationscreening.ColorectalRisk;
import org.regionalhealth.populationscreening.CopdScreeningQuestionnaire;
import org.regionalhealth.populationscreening.Figures;
import org.regionalhealth.populationscreening.FirstStage;
import org.regionalhealth.populationscreening.FollowUp;
import org.regionalhealth.populationscreening.FollowUpOutcome;
import org.regionalhealth.populationscreening.Participant;
import org.regionalhealth.populationscreening.ParticipantState;
import org.regionalhealth.populationscreening.PopulationScreeningProperties;
import org.regionalhealth.populationscreening.Programme;
import org.regionalhealth.populationscreening.ProgrammeFigures;
import org.regionalhealth.populationscreening.SchoolResult;
import org.regionalhealth.populationscreening.ScreeningFollowUpRecorded;
import org.regionalhealth.populationscreening.ScreeningProgrammes;
import org.regionalhealth.populationscreening.ScreeningResultRecorded;
import org.regionalhealth.populationscreening.TownFigures;
import org.regionalhealth.populationscreening.Transition;
import org.regionalhealth.populationscreening.WorklistView;
import org.regionalhealth.populationscreening.rules.AutismWarningSigns;
import org.regionalhealth.populationscreening.rules.ColorectalRule;
import org.regionalhealth.populationscreening.rules.CopdRule;
import org.regionalhealth.populationscreening.rules.Evaluation;
import org.regionalhealth.populationscreening.rules.ReferralClock;
import org.regionalhealth.populationscreening.rules.SpineRule;
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
            screened_on, findings, fit1, fit2, reasons, referred_on, due_on, follow_up_on, outcome, note, measures, score,
            source_unit_id""";
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

    private SpineRule spine() {
        return new SpineRule(properties.spine());
    }

    private CopdRule copd() {
        return new CopdRule(properties.copd());
    }

    /** The hash of an ID number by which a school finds a pupil of the round (SHA-256, upper-case hex). */
    static String idHash(String idNumber) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(idNumber.strip()
                            .toUpperCase(java.util.Locale.ROOT)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().withUpperCase().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        switch (programme) {
            case COLORECTAL -> {
                from = colorectal().bornFrom(on.getYear());
                to = colorectal().bornTo(on.getYear());
            }
            case AUTISM -> {
                from = AutismWarningSigns.bornFrom(on);
                to = AutismWarningSigns.bornTo(on);
            }
            case SPINE -> {
                from = spine().cohort().bornFrom(on.getYear());
                to = spine().cohort().bornTo(on.getYear());
            }
            case COPD -> {
                from = copd().cohort().bornFrom(on.getYear());
                to = copd().cohort().bornTo(on.getYear());
            }
            default -> throw new IllegalStateException(programme.name());
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
            case COLORECTAL, SPINE, COPD -> String.valueOf(on.getYear());
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
                                 birth_date, town_code, unit_path, state, invited_on, updated_at, id_hash)
                          values (?, ?, ?, ?, ?, ?, ?, ?, 'INVITED', ?, ?, ?)
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
                        idHash(r.idNumber()),
                        user.username(),
                        java.sql.Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    @Override
    @Transactional
    public Participant recordFirstStage(long participantId, FirstStage stage, CurrentUser user) {
        return firstStage(locked(participantId, user), stage, user, null);
    }

    private Participant firstStage(Participant p, FirstStage stage, CurrentUser user, @Nullable Long sourceUnit) {
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
        Integer score = null;
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
        } else if (p.programme() == Programme.SPINE) {
            spineErrors(stage).forEach(errors::putIfAbsent);
            if (errors.isEmpty()) {
                evaluation = spine().evaluate(stage.measures());
            }
            days = properties.spine().referralDays();
            ruleNote = "任一节段ATR≥" + properties.spine().atrThreshold().toPlainString() + "°；X线检查期限" + days + "天";
        } else if (p.programme() == Programme.COPD) {
            if (stage.findings().stream().anyMatch(f -> !CopdRule.FINDINGS.contains(f))
                    || (stage.findings().contains("BREATHLESS_FAST")
                            && stage.findings().contains("BREATHLESS_NORMAL"))) {
                errors.put("findings", "问卷条目无效（气促只能选一项），请重新勾选");
            }
            var packYears = stage.measures().get("PACK_YEARS");
            if (packYears == null) {
                errors.put("PACK_YEARS", "请填写吸烟量（包年），不吸烟填0");
            } else if (packYears.signum() < 0 || packYears.compareTo(BigDecimal.valueOf(200)) > 0) {
                errors.put("PACK_YEARS", "吸烟量应在0～200包年之间");
            }
            var bmi = stage.measures().get("BMI");
            if (bmi == null) {
                errors.put("BMI", "请填写体重指数");
            } else if (bmi.compareTo(BigDecimal.TEN) < 0 || bmi.compareTo(BigDecimal.valueOf(70)) > 0) {
                errors.put("BMI", "体重指数应在10～70之间");
            }
            if (errors.isEmpty()) {
                score = CopdRule.score(p.birthDate(), day, stage.findings(), stage.measures());
                evaluation = CopdRule.evaluate(score);
            }
            days = properties.copd().referralDays();
            ruleNote = "慢阻肺筛查问卷≥" + CopdScreeningQuestionnaire.SPIROMETRY_THRESHOLD + "分；肺功能检查期限" + days + "天";
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
                               referred_on = ?, due_on = ?, updated_at = ?, measures = ?, score = ?,
                               source_unit_id = coalesce(?, source_unit_id)
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
                        measures(stage.measures()),
                        score,
                        sourceUnit,
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
    public Participant recordSchoolResult(SchoolResult result, CurrentUser user) {
        return school(result, user);
    }

    @Override
    @Transactional
    public int importSchoolResults(List<SchoolResult> results, CurrentUser user) {
        if (results.isEmpty()) {
            throw PlatformException.invalidField("POPULATIONSCREENING_INVALID", "file", "文件中没有筛查结果，请按模板填写后上传");
        }
        var problems = new ArrayList<String>();
        var seen = new java.util.HashSet<String>();
        for (var row : results) {
            if (!seen.add(row.idNumber().strip().toUpperCase(java.util.Locale.ROOT))) {
                problems.add("第" + row.line() + "行：身份证号与前面的行重复");
                continue;
            }
            try {
                school(row, user);
            } catch (PlatformException e) {
                var text = e.fieldErrors().isEmpty()
                        ? e.getMessage()
                        : String.join("；", e.fieldErrors().values());
                problems.add("第" + row.line() + "行：" + text);
            }
        }
        if (!problems.isEmpty()) {
            var shown = problems.size() > 20 ? problems.subList(0, 20) : problems;
            var text = String.join("\n", shown) + (problems.size() > 20 ? "\n……共" + problems.size() + "行有误" : "");
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST,
                    "POPULATIONSCREENING_INVALID",
                    "文件有" + problems.size() + "行有误，未保存任何结果，请修改后重新上传",
                    Map.of("file", text));
        }
        return results.size();
    }

    private Participant school(SchoolResult result, CurrentUser user) {
        if (user.role() != Role.SCHOOL_NURSE && user.role() != Role.DISTRICT_ADMIN) {
            throw PlatformException.forbidden("POPULATIONSCREENING_DENIED", "仅学校卫生老师可录入学生脊柱筛查结果");
        }
        String id = result.idNumber() == null ? "" : result.idNumber().strip();
        var errors = new LinkedHashMap<String, String>();
        Participant p = null;
        if (id.isEmpty()) {
            errors.put("idNumber", "请填写学生身份证号");
        } else {
            var found = jdbc.sql("select " + COLUMNS
                            + " from populationscreening_participant where programme = 'SPINE' and id_hash = ?"
                            + " order by invited_on desc, id desc limit 1 for update")
                    .param(idHash(id))
                    .query(JdbcScreeningProgrammes::participant)
                    .optional();
            if (found.isEmpty()) {
                errors.put("idNumber", "该身份证号不在脊柱侧弯筛查名单中，请核对；名单由区疾控按年龄生成");
            } else if (found.get().state() != ParticipantState.INVITED) {
                errors.put("idNumber", "该学生本轮已有筛查结果（" + found.get().screenedOn() + "），不能重复录入");
            } else {
                p = found.get();
            }
        }
        if (p == null) {
            errors.putAll(spineErrors(result.stage()));
            throw new PlatformException(HttpStatus.BAD_REQUEST, "POPULATIONSCREENING_INVALID", "筛查结果有误，请按提示修改", errors);
        }
        return firstStage(p, result.stage(), user, user.unitId());
    }

    private static Map<String, String> spineErrors(FirstStage stage) {
        var errors = new LinkedHashMap<String, String>();
        if (stage.screenedOn() == null) {
            errors.put("screenedOn", "请填写筛查日期");
        }
        if (stage.findings().stream().anyMatch(f -> !SpineRule.SIGNS.contains(f))) {
            errors.put("findings", "一般检查条目无效，请重新勾选");
        }
        for (String segment : SpineRule.SEGMENTS) {
            var atr = stage.measures().get(segment);
            if (atr == null) {
                errors.put(segment, "请填写躯干旋转角（ATR）");
            } else if (atr.signum() < 0 || atr.compareTo(SpineRule.MAX_ATR) > 0) {
                errors.put(segment, "躯干旋转角应在0～30°之间");
            }
        }
        return errors;
    }

    @Override
    @Transactional
    public PageResult<Participant> schoolResults(CurrentUser user, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        int p = Math.max(page, 0);
        long total = jdbc.sql(
                        "select count(*) from populationscreening_participant where programme = 'SPINE' and source_unit_id = ?")
                .param(user.unitId())
                .query(Long.class)
                .single();
        var items = jdbc.sql("select " + COLUMNS
                        + " from populationscreening_participant where programme = 'SPINE' and source_unit_id = ?"
                        + " order by screened_on desc, id desc limit ? offset ?")
                .params(user.unitId(), bounded, (long) p * bounded)
                .query(JdbcScreeningProgrammes::participant)
                .list();
        if (!items.isEmpty()) {
            audit(
                    user,
                    AuditLog.Action.SEARCH,
                    "populationscreening_participant",
                    items.stream().map(Participant::id).toList(),
                    "学校脊柱筛查结果");
        }
        return new PageResult<>(items, total, p, bounded);
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
        if (user.role() == Role.SCHOOL_NURSE) {
            return p.programme() == Programme.SPINE && p.sourceUnitId() != null && p.sourceUnitId() == user.unitId();
        }
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
                rs.getString("note"),
                measures(rs.getString("measures")),
                (Integer) rs.getObject("score"),
                (Long) rs.getObject("source_unit_id"));
    }

    /** Measures as {@code KEY=value} pairs separated by commas, in key order. */
    static String measures(Map<String, BigDecimal> measures) {
        return String.join(
                ",",
                new java.util.TreeMap<>(measures)
                        .entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue().toPlainString())
                                .toList());
    }

    static Map<String, BigDecimal> measures(@Nullable String text) {
        var map = new LinkedHashMap<String, BigDecimal>();
        for (String pair : split(text)) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                map.put(pair.substring(0, eq), new BigDecimal(pair.substring(eq + 1)));
            }
        }
        return map;
    }
}
