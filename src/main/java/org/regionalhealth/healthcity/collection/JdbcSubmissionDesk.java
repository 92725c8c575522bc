package org.regionalhealth.healthcity.collection;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.healthcity.Collection;
import org.regionalhealth.healthcity.Department;
import org.regionalhealth.healthcity.EvidenceFile;
import org.regionalhealth.healthcity.HealthCityProperties;
import org.regionalhealth.healthcity.Indicator;
import org.regionalhealth.healthcity.IndicatorCatalogue;
import org.regionalhealth.healthcity.IndicatorSubmissionApproved;
import org.regionalhealth.healthcity.NewSubmission;
import org.regionalhealth.healthcity.Numbers;
import org.regionalhealth.healthcity.Origin;
import org.regionalhealth.healthcity.ReportingStatus;
import org.regionalhealth.healthcity.ReportingStatus.Timeliness;
import org.regionalhealth.healthcity.Submission;
import org.regionalhealth.healthcity.SubmissionDesk;
import org.regionalhealth.healthcity.SubmissionState;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Department submissions in {@code healthcity_submission} with their values and evidence. The two approvals are by
 * two different people, neither of them the submitter: a second officer of the owning department, then the district
 * administrator (区爱卫办). An approved submission's values replace the town values of that indicator and year.
 */
@Component
class JdbcSubmissionDesk implements SubmissionDesk {

    private final JdbcClient jdbc;
    private final IndicatorCatalogue catalogue;
    private final ValueStore values;
    private final Organizations organizations;
    private final HealthCityProperties properties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcSubmissionDesk(
            JdbcClient jdbc,
            IndicatorCatalogue catalogue,
            ValueStore values,
            Organizations organizations,
            HealthCityProperties properties,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.values = values;
        this.organizations = organizations;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public int lastDueYear() {
        int year = LocalDate.now(clock).getYear();
        while (!LocalDate.now(clock).isAfter(dueOn(year))) {
            year--;
        }
        return year;
    }

    @Override
    public LocalDate dueOn(int year) {
        return LocalDate.of(year + 1, properties.dueMonth(), 1)
                .withDayOfMonth(Math.min(
                        properties.dueDay(),
                        LocalDate.of(year + 1, properties.dueMonth(), 1).lengthOfMonth()));
    }

    @Override
    @Transactional
    public Submission submit(NewSubmission submission, List<EvidenceFile> evidence, CurrentUser user) {
        if (user.role() != Role.DEPARTMENT_OFFICER) {
            throw PlatformException.forbidden("HEALTHCITY_NOT_AN_OFFICER", "只有部门填报员可以提交指标数据");
        }
        Department department = departmentOf(user.username())
                .orElseThrow(() -> PlatformException.forbidden("HEALTHCITY_NO_DEPARTMENT", "您的账户尚未分配填报部门，请联系区爱卫办"));
        var errors = new LinkedHashMap<String, String>();
        Indicator indicator = submission.code() == null
                ? null
                : catalogue.current(submission.code()).orElse(null);
        if (indicator == null) {
            throw PlatformException.invalidField("HEALTHCITY_SUBMISSION_INVALID", "code", "请选择要填报的指标");
        }
        if (indicator.collection() != Collection.FORM) {
            throw PlatformException.invalidField("HEALTHCITY_SUBMISSION_INVALID", "code", "该指标由平台根据业务数据自动计算，无需填报");
        }
        if (indicator.department() != department) {
            throw PlatformException.forbidden("HEALTHCITY_NOT_YOUR_DEPARTMENT", "该指标不由您所在部门填报");
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (submission.year() < thisYear - 5 || submission.year() > thisYear) {
            errors.put("year", "年度应在 " + (thisYear - 5) + " 至 " + thisYear + " 年之间");
        }
        var existing = jdbc.sql("select id, state from healthcity_submission where code = ? and year = ? for update")
                .params(indicator.code(), submission.year())
                .query((rs, n) -> new Object[] {rs.getLong(1), SubmissionState.valueOf(rs.getString(2))})
                .optional();
        if (existing.isPresent() && existing.get()[1] != SubmissionState.RETURNED) {
            throw PlatformException.conflict("HEALTHCITY_ALREADY_SUBMITTED", submission.year() + " 年度该指标已提交，正在审核或已审定");
        }
        var parsed = new TreeMap<String, BigDecimal>();
        for (Division town : organizations.towns()) {
            String raw =
                    submission.values() == null ? null : submission.values().get(town.code());
            raw = raw == null ? "" : raw.strip().replace('，', '.').replace('。', '.');
            if (raw.isEmpty()) {
                errors.put(town.code(), "请填写" + town.name() + "的数值");
                continue;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(raw);
            } catch (NumberFormatException e) {
                errors.put(town.code(), "请输入数字");
                continue;
            }
            if (!indicator.accepts(value)) {
                errors.put(
                        town.code(),
                        "超出合理范围：应在 " + indicator.min().toPlainString() + " 至 "
                                + indicator.max().toPlainString() + " " + indicator.unit() + " 之间");
                continue;
            }
            if (value.scale() > 4) {
                errors.put(town.code(), "最多保留 4 位小数");
                continue;
            }
            parsed.put(town.code(), value);
        }
        var files = evidence == null
                ? List.<EvidenceFile>of()
                : evidence.stream()
                        .filter(f -> f.content() != null && f.content().length > 0
                                || f.fileName() != null && !f.fileName().isBlank())
                        .toList();
        if (files.isEmpty()) {
            errors.put("evidence", "请上传至少一份佐证材料（统计报表、监测公报或盖章的数据表）");
        }
        var problems = new ArrayList<String>();
        for (var file : files) {
            String problem = EvidenceCheck.problem(file, properties.evidenceMaxBytes());
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            errors.put("evidence", String.join("；", problems));
        }
        String note = submission.note() == null ? "" : submission.note().strip();
        if (note.length() > 500) {
            errors.put("note", "说明最多 500 字");
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    HttpStatus.BAD_REQUEST,
                    "HEALTHCITY_SUBMISSION_INVALID",
                    "有 " + errors.size() + " 处需要修改，请按提示更正后再提交",
                    errors);
        }
        Instant now = Instant.now(clock);
        long id;
        if (existing.isPresent()) {
            id = (Long) existing.get()[0];
            jdbc.sql(
                            """
                            update healthcity_submission set indicator_id = ?, state = 'SUBMITTED', note = ?,
                              submitted_by = ?, submitted_at = ?, first_by = null, first_at = null, final_by = null,
                              final_at = null where id = ?""")
                    .params(indicator.id(), note, user.username(), Timestamp.from(now), id)
                    .update();
            jdbc.sql("delete from healthcity_submission_value where submission_id = ?")
                    .param(id)
                    .update();
        } else {
            id = jdbc.sql(
                            """
                            insert into healthcity_submission (indicator_id, code, year, department, state, note,
                              due_on, submitted_by, submitted_at)
                            values (?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?) returning id""")
                    .params(
                            indicator.id(),
                            indicator.code(),
                            submission.year(),
                            department.name(),
                            note,
                            java.sql.Date.valueOf(dueOn(submission.year())),
                            user.username(),
                            Timestamp.from(now))
                    .query(Long.class)
                    .single();
        }
        for (var e : parsed.entrySet()) {
            jdbc.sql("insert into healthcity_submission_value (submission_id, town_code, value) values (?, ?, ?)")
                    .params(id, e.getKey(), e.getValue())
                    .update();
        }
        for (var file : files) {
            jdbc.sql(
                            """
                            insert into healthcity_evidence (submission_id, file_name, content_type, size_bytes, sha256,
                              content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            file.fileName().strip(),
                            EvidenceCheck.contentType(file.fileName().strip()),
                            file.content().length,
                            sha256(file.content()),
                            file.content(),
                            user.username(),
                            Timestamp.from(now))
                    .update();
        }
        audit(user, AuditLog.Action.CREATE, "healthcity_submission", List.of(id), "submit " + indicator.code());
        return load(id).orElseThrow();
    }

    @Override
    @Transactional
    public Submission approve(long id, CurrentUser user) {
        var s = locked(id, user);
        Instant now = Instant.now(clock);
        switch (s.state()) {
            case SUBMITTED -> {
                requireDepartmentReviewer(s, user);
                jdbc.sql("update healthcity_submission set state = 'DEPARTMENT_APPROVED', first_by = ?, first_at = ? "
                                + "where id = ?")
                        .params(user.username(), Timestamp.from(now), id)
                        .update();
            }
            case DEPARTMENT_APPROVED -> {
                requireFinalReviewer(s, user);
                jdbc.sql("update healthcity_submission set state = 'APPROVED', final_by = ?, final_at = ? where id = ?")
                        .params(user.username(), Timestamp.from(now), id)
                        .update();
                for (var e : s.values().entrySet()) {
                    values.put(
                            s.indicatorId(),
                            s.code(),
                            s.year(),
                            e.getKey(),
                            e.getValue(),
                            null,
                            null,
                            Origin.FORM,
                            s.id(),
                            null,
                            now);
                }
                events.publishEvent(new IndicatorSubmissionApproved(s.id(), s.code(), s.year(), s.department()));
            }
            default -> throw PlatformException.conflict("HEALTHCITY_STATE_CHANGED", "该填报已审定或已退回，无需再审核");
        }
        audit(user, AuditLog.Action.UPDATE, "healthcity_submission", List.of(id), "approve " + s.code());
        return load(id).orElseThrow();
    }

    @Override
    @Transactional
    public Submission returnToDepartment(long id, String reason, CurrentUser user) {
        var s = locked(id, user);
        switch (s.state()) {
            case SUBMITTED -> requireDepartmentReviewer(s, user);
            case DEPARTMENT_APPROVED -> requireFinalReviewer(s, user);
            default -> throw PlatformException.conflict("HEALTHCITY_STATE_CHANGED", "该填报已审定或已退回，不能再退回");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw PlatformException.invalidField("HEALTHCITY_RETURN_INVALID", "reason", "请填写退回原因，部门将据此更正");
        }
        if (why.length() > 300) {
            throw PlatformException.invalidField("HEALTHCITY_RETURN_INVALID", "reason", "退回原因最多 300 字");
        }
        jdbc.sql("update healthcity_submission set state = 'RETURNED', returned_by = ?, returned_at = ?, "
                        + "return_reason = ? where id = ?")
                .params(user.username(), Timestamp.from(Instant.now(clock)), why, id)
                .update();
        audit(user, AuditLog.Action.UPDATE, "healthcity_submission", List.of(id), "return " + s.code());
        return load(id).orElseThrow();
    }

    private Submission locked(long id, CurrentUser user) {
        jdbc.sql("select id from healthcity_submission where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> PlatformException.notFound("HEALTHCITY_SUBMISSION_NOT_FOUND", "填报不存在"));
        return load(id).orElseThrow();
    }

    private void requireDepartmentReviewer(Submission s, CurrentUser user) {
        if (user.role() != Role.DEPARTMENT_OFFICER
                || departmentOf(user.username())
                        .filter(d -> d == s.department())
                        .isEmpty()) {
            throw PlatformException.forbidden("HEALTHCITY_NOT_YOUR_LEVEL", "第一级审核由填报部门的另一名人员进行");
        }
        if (user.username().equals(s.submittedBy())) {
            throw PlatformException.conflict("HEALTHCITY_SAME_PERSON", "不能审核自己提交的填报：请由本部门另一名人员审核");
        }
    }

    private void requireFinalReviewer(Submission s, CurrentUser user) {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw PlatformException.forbidden("HEALTHCITY_NOT_YOUR_LEVEL", "第二级审定由区爱卫办（区级管理员）进行");
        }
        if (user.username().equals(s.submittedBy()) || user.username().equals(s.firstBy())) {
            throw PlatformException.conflict("HEALTHCITY_SAME_PERSON", "两级审核须由两名不同人员完成：您已提交或审核过这份填报");
        }
    }

    @Override
    public Optional<Submission> find(long id, CurrentUser user) {
        var s = load(id);
        if (s.isPresent()
                && user.role() == Role.DEPARTMENT_OFFICER
                && departmentOf(user.username())
                        .filter(d -> d == s.get().department())
                        .isEmpty()) {
            return Optional.empty();
        }
        return s;
    }

    private Optional<Submission> load(long id) {
        var values = new TreeMap<String, BigDecimal>();
        jdbc.sql("select town_code, value from healthcity_submission_value where submission_id = ?")
                .param(id)
                .query((ResultSet rs) -> {
                    values.put(rs.getString(1), Numbers.clean(rs.getBigDecimal(2)));
                });
        var evidence = jdbc.sql(
                        """
                        select id, file_name, content_type, size_bytes, sha256 from healthcity_evidence
                        where submission_id = ? order by id""")
                .param(id)
                .query((rs, n) -> new Submission.Evidence(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)))
                .list();
        return jdbc.sql("select * from healthcity_submission where id = ?")
                .param(id)
                .query((rs, n) -> map(rs, values, evidence))
                .optional();
    }

    private static Submission map(ResultSet rs, Map<String, BigDecimal> values, List<Submission.Evidence> evidence)
            throws SQLException {
        return new Submission(
                rs.getLong("id"),
                rs.getLong("indicator_id"),
                rs.getString("code"),
                rs.getInt("year"),
                Department.valueOf(rs.getString("department")),
                SubmissionState.valueOf(rs.getString("state")),
                rs.getString("note"),
                rs.getDate("due_on").toLocalDate(),
                rs.getString("submitted_by"),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getString("first_by"),
                instant(rs, "first_at"),
                rs.getString("final_by"),
                instant(rs, "final_at"),
                rs.getString("returned_by"),
                instant(rs, "returned_at"),
                rs.getString("return_reason"),
                values,
                evidence);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    @Override
    public PageResult<Submission> search(
            int year, @Nullable SubmissionState state, CurrentUser user, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        String department = user.role() == Role.DEPARTMENT_OFFICER
                ? departmentOf(user.username()).map(Enum::name).orElse("-")
                : "";
        String where = "where year = :year and (:state = '' or state = :state) "
                + "and (:department = '' or department = :department)";
        String stateName = state == null ? "" : state.name();
        long total = jdbc.sql("select count(*) from healthcity_submission " + where)
                .param("year", year)
                .param("state", stateName)
                .param("department", department)
                .query(Long.class)
                .single();
        var ids = jdbc.sql("select id from healthcity_submission " + where
                        + " order by submitted_at desc, id desc limit :limit offset :offset")
                .param("year", year)
                .param("state", stateName)
                .param("department", department)
                .param("limit", bounded)
                .param("offset", (long) Math.max(page, 0) * bounded)
                .query(Long.class)
                .list();
        return new PageResult<>(
                ids.stream().map(this::load).flatMap(Optional::stream).toList(), total, Math.max(page, 0), bounded);
    }

    @Override
    public long waitingFor(CurrentUser user) {
        if (user.role() == Role.DISTRICT_ADMIN) {
            return jdbc.sql("select count(*) from healthcity_submission where state = 'DEPARTMENT_APPROVED' "
                            + "and submitted_by <> ? and first_by <> ?")
                    .params(user.username(), user.username())
                    .query(Long.class)
                    .single();
        }
        if (user.role() == Role.DEPARTMENT_OFFICER) {
            var department = departmentOf(user.username());
            if (department.isEmpty()) {
                return 0;
            }
            return jdbc.sql("select count(*) from healthcity_submission where state = 'SUBMITTED' "
                            + "and department = ? and submitted_by <> ?")
                    .params(department.get().name(), user.username())
                    .query(Long.class)
                    .single();
        }
        return 0;
    }

    @Override
    public List<ReportingStatus> status(int year, CurrentUser user) {
        var department =
                user.role() == Role.DEPARTMENT_OFFICER ? departmentOf(user.username()) : Optional.<Department>empty();
        if (user.role() == Role.DEPARTMENT_OFFICER && department.isEmpty()) {
            return List.of();
        }
        var submissions = new HashMap<String, Object[]>();
        jdbc.sql("select code, state, id, submitted_at from healthcity_submission where year = ?")
                .param(year)
                .query((ResultSet rs) -> {
                    submissions.put(rs.getString(1), new Object[] {
                        SubmissionState.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        rs.getTimestamp(4).toInstant()
                    });
                });
        var imported = new HashMap<String, Instant>();
        jdbc.sql(
                        "select code, min(recorded_at) from healthcity_value where year = ? and origin = 'IMPORT' group by code")
                .param(year)
                .query((ResultSet rs) -> {
                    imported.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                });
        LocalDate today = LocalDate.now(clock);
        LocalDate due = dueOn(year);
        var result = new ArrayList<ReportingStatus>();
        for (var indicator : catalogue.current()) {
            if (indicator.collection() != Collection.FORM
                    || department.isPresent() && indicator.department() != department.get()) {
                continue;
            }
            var s = submissions.get(indicator.code());
            SubmissionState state = s == null ? null : (SubmissionState) s[0];
            Long submissionId = s == null ? null : (Long) s[1];
            Instant reported = s == null || state == SubmissionState.RETURNED ? null : (Instant) s[2];
            if (reported == null && s == null && imported.containsKey(indicator.code())) {
                reported = imported.get(indicator.code());
                state = SubmissionState.APPROVED;
            }
            Timeliness timeliness;
            if (reported != null) {
                timeliness = reported.atZone(clock.getZone()).toLocalDate().isAfter(due)
                        ? Timeliness.LATE
                        : Timeliness.ON_TIME;
            } else {
                timeliness = today.isAfter(due) ? Timeliness.MISSING : Timeliness.NOT_DUE;
            }
            result.add(new ReportingStatus(indicator, year, due, state, submissionId, reported, timeliness));
        }
        return result;
    }

    @Override
    public Optional<EvidenceContent> evidence(long evidenceId, CurrentUser user) {
        var row = jdbc.sql(
                        """
                        select e.file_name, e.content_type, e.content, s.department from healthcity_evidence e
                        join healthcity_submission s on s.id = e.submission_id where e.id = ?""")
                .param(evidenceId)
                .query((rs, n) -> new Object[] {
                    new EvidenceContent(rs.getString(1), rs.getString(2), rs.getBytes(3)),
                    Department.valueOf(rs.getString(4))
                })
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (user.role() == Role.DEPARTMENT_OFFICER
                && departmentOf(user.username()).filter(d -> d == row.get()[1]).isEmpty()) {
            return Optional.empty();
        }
        audit(user, AuditLog.Action.EXPORT, "healthcity_evidence", List.of(evidenceId), "download evidence");
        return Optional.of((EvidenceContent) row.get()[0]);
    }

    @Override
    public Optional<Department> departmentOf(String username) {
        return jdbc.sql("select department from healthcity_officer where username = ?")
                .param(username)
                .query(String.class)
                .optional()
                .map(Department::valueOf);
    }

    @Override
    @Transactional
    public void assign(String username, Department department) {
        jdbc.sql("insert into healthcity_officer (username, department) values (?, ?) "
                        + "on conflict (username) do update set department = excluded.department")
                .params(username, department.name())
                .update();
    }

    @Override
    @Transactional
    public void importValues(
            String code, int year, Map<String, BigDecimal> values, Instant reportedAt, String note, CurrentUser user) {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw PlatformException.forbidden("HEALTHCITY_IMPORT_FORBIDDEN", "只有区爱卫办（区级管理员）可以导入历史数据");
        }
        var indicator = catalogue
                .current(code)
                .orElseThrow(() -> PlatformException.notFound("HEALTHCITY_INDICATOR_NOT_FOUND", "指标不存在"));
        for (var e : values.entrySet()) {
            if (!indicator.accepts(e.getValue())) {
                throw PlatformException.invalidField(
                        "HEALTHCITY_IMPORT_INVALID", e.getKey(), indicator.name() + " 的数值超出合理范围");
            }
            this.values.put(
                    indicator.id(),
                    code,
                    year,
                    e.getKey(),
                    e.getValue(),
                    null,
                    null,
                    Origin.IMPORT,
                    null,
                    note,
                    reportedAt);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Audited for people; the demo and the platform's own jobs (channel SYSTEM) have no session to attribute. */
    private void audit(CurrentUser user, AuditLog.Action action, String type, List<Long> ids, String purpose) {
        if (user.channel() != CurrentUser.Channel.SYSTEM) {
            audit.record(action, type, ids, purpose);
        }
    }
}
