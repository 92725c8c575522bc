package org.regionalhealth.reviewcenter.workbench;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.ResidentIndex;
import org.regionalhealth.reviewcenter.intake.RegionalHistory;
import org.regionalhealth.screening.formats.PatientIntake;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read side of the workflow: a prescription's state for the HIS, the doctor's list of prescriptions to act on,
 * the full story of one prescription (issue 4 item 3), and the patient-facing status. Every read of a prescription
 * is audited (a prescription is part of a resident's record).
 */
@Component
public class PrescriptionStories {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final InstitutionNames names;
    private final ResidentIndex residents;
    private final RegionalHistory history;
    private final JsonMapper json;
    private final Clock clock;

    PrescriptionStories(
            JdbcClient jdbc,
            AuditLog audit,
            InstitutionNames names,
            ResidentIndex residents,
            RegionalHistory history,
            JsonMapper json,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
        this.names = names;
        this.residents = residents;
        this.history = history;
        this.json = json;
    }

    /** What a HIS pulls: the state and whether it may charge and dispense. */
    public record ReviewStatus(
            long prescriptionId,
            String institutionCode,
            String prescriptionNumber,
            int revision,
            ReviewState state,
            String stateLabel,
            boolean mayDispense,
            @Nullable Instant stateAt) {}

    @Transactional
    public ReviewStatus status(long id, CurrentUser user) {
        ReviewStatus s = jdbc.sql(
                        """
                        select id, institution_id, prescription_number, revision, review_state, review_state_at
                          from prescriptionreview_prescription where id = ? and institution_path like ?""")
                .params(id, user.scope().likePattern())
                .query((rs, n) -> {
                    ReviewState state =
                            rs.getString(5) == null ? ReviewState.PASSED : ReviewState.valueOf(rs.getString(5));
                    Timestamp at = rs.getTimestamp(6);
                    return new ReviewStatus(
                            rs.getLong(1),
                            names.codeOf(rs.getLong(2)),
                            rs.getString(3),
                            rs.getInt(4),
                            state,
                            state.labelZh(),
                            state.dispensable(),
                            at == null ? null : at.toInstant());
                })
                .optional()
                .orElseThrow(() -> PlatformException.notFound("PRESCRIPTION_NOT_FOUND", "处方不存在"));
        audit.record(AuditLog.Action.READ, "prescription", List.of(id), "GET 处方审核状态");
        return s;
    }

    /** A prescription the doctor has to act on, with the latest reasons. */
    public record DoctorItem(
            long prescriptionId,
            String prescriptionNumber,
            String institution,
            int revision,
            ReviewState state,
            @Nullable String highestTier,
            Instant stateAt,
            String actor,
            List<String> reasonCodes,
            List<String> reasonLabels,
            @Nullable String message,
            boolean mayDoubleSign) {

        public String stateLabel() {
            return state.labelZh();
        }
    }

    /** Returned, awaiting-signature and rejected prescriptions in the doctor's scope, latest first. */
    @Transactional
    public List<DoctorItem> forDoctor(CurrentUser user, int limit) {
        List<DoctorItem> items = jdbc.sql(
                        """
                        select p.id, p.prescription_number, p.institution_id, p.revision, p.review_state, p.highest_tier,
                               p.review_state_at, e.actor, e.reason_codes, e.message
                          from prescriptionreview_prescription p
                          left join lateral (select actor, reason_codes, message from prescriptionreview_review_event ev
                                              where ev.prescription_id = p.id order by ev.at desc, ev.id desc limit 1) e
                                 on true
                         where p.review_state = any(?)
                           and p.institution_path like ?
                         order by p.review_state_at desc, p.id desc
                         limit ?""")
                .params(
                        ReviewFacts.array(ReviewFacts.states(ReviewState.DOCTOR_ACTION)),
                        user.scope().likePattern(),
                        Math.max(1, Math.min(limit, 500)))
                .query((rs, n) -> {
                    ReviewState state = ReviewState.valueOf(rs.getString(5));
                    String tier = rs.getString(6);
                    List<String> codes = Arrays.stream((Object[]) rs.getArray(9).getArray())
                            .map(Object::toString)
                            .toList();
                    return new DoctorItem(
                            rs.getLong(1),
                            rs.getString(2),
                            names.nameOf(rs.getLong(3)),
                            rs.getInt(4),
                            state,
                            tier,
                            rs.getTimestamp(7).toInstant(),
                            rs.getString(8),
                            codes,
                            codes.stream().map(PrescriptionStories::reasonLabel).toList(),
                            rs.getString(10),
                            state != ReviewState.REJECTED && ("T1".equals(tier) || "T2".equals(tier)));
                })
                .list();
        if (!items.isEmpty()) {
            audit.record(
                    AuditLog.Action.SEARCH,
                    "prescription",
                    items.stream().map(DoctorItem::prescriptionId).toList(),
                    "退回处方列表");
        }
        return items;
    }

    static String reasonLabel(String code) {
        return ReturnReason.parse(code)
                .map(ReturnReason::labelZh)
                .or(() -> DoubleSignReason.parse(code).map(DoubleSignReason::labelZh))
                .or(() -> java.util.Optional.ofNullable(SYSTEM_REASONS.get(code)))
                .orElse("其他原因");
    }

    /** Codes the system writes beside a reason: what a timeout did, the engine's action (issue 16: no raw code). */
    private static final java.util.Map<String, String> SYSTEM_REASONS = java.util.Map.of(
            "RETURN", "超时退回医生",
            "AUTO_PASS", "超时自动通过",
            "ESCALATE", "超时升级上级药师",
            "PASS", "系统通过",
            "NOTICE", "系统提示",
            "BLOCK_OVERRIDABLE", "系统拦截（可双签）",
            "PHARMACIST_REVIEW", "药师必审",
            "REJECT", "系统驳回");

    /** One event of the story. */
    public record Event(
            long id,
            int revision,
            EventKind kind,
            @Nullable String fromState,
            @Nullable String toState,
            String actor,
            List<String> reasonCodes,
            List<String> reasonLabels,
            @Nullable String message,
            boolean offHours,
            Instant at) {}

    /** One finding, open or closed. */
    public record FindingRow(
            String ruleId,
            String tier,
            String action,
            String message,
            int openedRevision,
            @Nullable Integer closedRevision,
            @Nullable String closedReason) {}

    /** One review round. */
    public record TaskRow(
            long id,
            int revision,
            String pool,
            Skill skill,
            String setting,
            boolean seniorOnly,
            Instant enqueuedAt,
            Instant dueAt,
            @Nullable String claimedBy,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String outcome,
            boolean breached,
            @Nullable String note) {}

    /** The full story of a prescription (patient identifiers masked). */
    public record Story(
            long id,
            String prescriptionNumber,
            String institution,
            String setting,
            LocalDate issuedOn,
            int revision,
            ReviewState state,
            @Nullable String highestTier,
            String patient,
            List<String> drugs,
            List<FindingRow> findings,
            List<TaskRow> tasks,
            List<Event> events) {

        public String stateLabel() {
            return state.labelZh();
        }
    }

    @Transactional
    public Story story(long id, CurrentUser user) {
        record Head(
                long id,
                String number,
                long institutionId,
                String setting,
                LocalDate issuedOn,
                int revision,
                String state,
                String tier,
                String request) {}
        Head h = jdbc.sql(
                        """
                        select id, prescription_number, institution_id, setting, issued_on, revision, review_state,
                               highest_tier, request::text
                          from prescriptionreview_prescription where id = ? and institution_path like ?""")
                .params(id, user.scope().likePattern())
                .query((rs, n) -> new Head(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getInt(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)))
                .optional()
                .orElseThrow(() -> PlatformException.notFound("PRESCRIPTION_NOT_FOUND", "处方不存在"));
        JsonNode request = json.readTree(h.request());
        String patient = maskedPatient(request.path("patient"));
        List<String> drugs = new java.util.ArrayList<>();
        for (JsonNode line : request.path("lines")) {
            String name = line.path("drugName").asString("");
            if (name.isBlank()) {
                name = line.path("drugCode").asString("");
            }
            String dose = line.path("dose").isMissingNode() || line.path("dose").isNull()
                    ? ""
                    : " " + line.path("dose").asString() + line.path("doseUnit").asString("");
            String freq = line.path("frequency").isNull()
                    ? ""
                    : " " + line.path("frequency").asString("");
            String days = line.path("days").isNull() || line.path("days").isMissingNode()
                    ? ""
                    : " ×" + line.path("days").asInt() + "天";
            drugs.add(name + dose + freq + days);
        }
        List<FindingRow> findings = jdbc.sql(
                        """
                        select rule_id, tier, action, message, opened_revision, closed_revision, closed_reason
                          from prescriptionreview_finding where prescription_id = ?
                         order by opened_revision, closed_revision nulls last, id""")
                .param(id)
                .query((rs, n) -> new FindingRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        (Integer) rs.getObject(6),
                        rs.getString(7)))
                .list();
        List<TaskRow> tasks = jdbc.sql(
                        """
                        select id, revision, pool, skill, setting, senior_only, enqueued_at, due_at, claimed_by, decided_by,
                               decided_at, outcome, breached, decision_note
                          from prescriptionreview_review_task where prescription_id = ? order by id""")
                .param(id)
                .query((rs, n) -> new TaskRow(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        Skill.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getBoolean(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8).toInstant(),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(),
                        rs.getString(12),
                        rs.getBoolean(13),
                        rs.getString(14)))
                .list();
        List<Event> events = events(id);
        audit.record(AuditLog.Action.READ, "prescription", List.of(id), "处方全程记录");
        return new Story(
                h.id(),
                h.number(),
                names.nameOf(h.institutionId()),
                h.setting(),
                h.issuedOn(),
                h.revision(),
                h.state() == null ? ReviewState.PASSED : ReviewState.valueOf(h.state()),
                h.tier(),
                patient,
                drugs,
                findings,
                tasks,
                events);
    }

    List<Event> events(long prescriptionId) {
        return jdbc.sql(
                        """
                        select id, revision, kind, from_state, to_state, actor, reason_codes, message, off_hours, at
                          from prescriptionreview_review_event where prescription_id = ? order by at, id""")
                .param(prescriptionId)
                .query((rs, n) -> {
                    List<String> codes = Arrays.stream((Object[]) rs.getArray(7).getArray())
                            .map(Object::toString)
                            .toList();
                    return new Event(
                            rs.getLong(1),
                            rs.getInt(2),
                            EventKind.valueOf(rs.getString(3)),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            codes,
                            codes.stream().map(PrescriptionStories::reasonLabel).toList(),
                            rs.getString(8),
                            rs.getBoolean(9),
                            rs.getTimestamp(10).toInstant());
                })
                .list();
    }

    /** The ID number masked to region and last four (出生日期 hidden), sex and age; never the name. */
    static String maskedPatient(JsonNode patient) {
        String id = patient.path("idNumber").asString("");
        if (id.length() == 18) {
            return id.substring(0, 6) + "********" + id.substring(14);
        }
        return "（未提供身份证号）";
    }

    /** What a resident sees about one of their prescriptions. */
    public record PatientStatus(
            long prescriptionId,
            String prescriptionNumber,
            String institution,
            LocalDate issuedOn,
            String status,
            String stateLabel,
            @Nullable Long queuePosition,
            @Nullable Long expectedWaitMinutes) {}

    /**
     * The resident's own prescriptions of the last 30 days: waiting / passed / returned, and while waiting the
     * position in the pool and the expected wait — the tasks ahead divided by the pool's throughput over the last
     * hour, never beyond the due time (the timeout policy decides then).
     */
    @Transactional
    public List<PatientStatus> forResident(CurrentUser user, Instant now) {
        if (user.scope().residentId().isEmpty()) {
            throw PlatformException.forbidden("RESIDENT_ONLY", "只有居民本人可以查看");
        }
        var record = residents.find(user.scope().residentId().get(), user, "我的处方审核状态");
        if (record.isEmpty()) {
            return List.of();
        }
        String key = history.keyOf(new PatientIntake().idNumber(record.get().idNumber()));
        List<PatientStatus> result = jdbc.sql(
                        """
                        select p.id, p.prescription_number, p.institution_id, p.issued_on, p.review_state,
                               t.pool, t.due_at
                          from prescriptionreview_prescription p
                          left join prescriptionreview_review_task t
                                 on t.prescription_id = p.id and t.decided_at is null
                         where (p.patient_key = ? or p.resident_id = ?) and p.issued_on >= ?
                           and p.review_state is not null
                         order by p.submitted_at desc
                         limit 50""")
                .params(
                        key,
                        user.scope().residentId().get(),
                        LocalDate.now(clock).minusDays(30))
                .query((rs, n) -> {
                    ReviewState state = ReviewState.valueOf(rs.getString(5));
                    Long position = null;
                    Long minutes = null;
                    String pool = rs.getString(6);
                    if (pool != null) {
                        Instant due = rs.getTimestamp(7).toInstant();
                        position = ahead(pool, due) + 1;
                        minutes = expectedMinutes(pool, position, due, now);
                    }
                    return new PatientStatus(
                            rs.getLong(1),
                            rs.getString(2),
                            names.nameOf(rs.getLong(3)),
                            rs.getObject(4, LocalDate.class),
                            state.patientStatus(),
                            state.labelZh(),
                            position,
                            minutes);
                })
                .list();
        if (!result.isEmpty()) {
            audit.record(
                    AuditLog.Action.READ,
                    "prescription",
                    result.stream().map(PatientStatus::prescriptionId).toList(),
                    "我的处方审核状态");
        }
        return result;
    }

    private long ahead(String pool, Instant due) {
        return jdbc.sql(
                        """
                        select count(*) from prescriptionreview_review_task
                         where decided_at is null and pool = ? and due_at < ?""")
                .params(pool, Timestamp.from(due))
                .query(Long.class)
                .single();
    }

    private long expectedMinutes(String pool, long position, Instant due, Instant now) {
        long decidedLastHour = jdbc.sql(
                        """
                        select count(*) from prescriptionreview_review_task
                         where pool = ? and decided_at > ? and decided_by <> 'system'""")
                .params(pool, Timestamp.from(now.minus(Duration.ofHours(1))))
                .query(Long.class)
                .single();
        long untilDue = Math.max(0, (long) Math.ceil(Duration.between(now, due).toSeconds() / 60.0));
        if (decidedLastHour == 0) {
            return untilDue;
        }
        long byThroughput = (long) Math.ceil(position * 60.0 / decidedLastHour);
        return Math.min(byThroughput, untilDue);
    }
}
