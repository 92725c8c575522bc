package org.regionalhealth.reviewcenter.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.drugs.InvalidKnowledgeBaseException;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.StaffMember;
import org.regionalhealth.org.Unit;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Sha256;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Finding;
import org.regionalhealth.screening.Prescriber;
import org.regionalhealth.screening.PrescriptionScreening;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;
import org.regionalhealth.screening.formats.PrescriptionRequest;
import org.regionalhealth.screening.formats.PrescriptionRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rule changes without surprises (issue 4 §5). A replay runs the stored prescriptions of the last N days (their
 * stored request) twice, in engines of its own: once with the knowledge base and tier → action mapping in service
 * (the baseline, so data drift does not count as change) and once with the candidate; then records, per prescription
 * and rule, the alerts the candidate adds or removes, and the queue load before and after. The live engine and
 * knowledge base are never touched. A candidate becomes live only by a recorded decision ({@link #decide}).
 *
 * <p>Replay screens each prescription on its day of issue with the patient data of its request; the regional
 * medication history is not replayed (it is not part of the stored request), so history-based interactions are not
 * in the comparison.
 */
@Service
public class ReplayRuns {

    static final int MAX_DAYS = 90;
    private static final int PAGE = 2_000;
    private static final TypeReference<Map<Tier, Action>> TIER_CHANGES = new TypeReference<>() {};
    private static final Logger log = LoggerFactory.getLogger(ReplayRuns.class);

    private final JdbcClient jdbc;
    private final DrugKnowledge knowledge;
    private final PrescriptionScreening screening;
    private final Organizations organizations;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final JsonMapper json;
    private final ActivatedTierChanges tierChanges;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "replay");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, KnowledgeSnapshot> candidates = new java.util.concurrent.ConcurrentHashMap<>();

    ReplayRuns(
            JdbcClient jdbc,
            DrugKnowledge knowledge,
            PrescriptionScreening screening,
            Organizations organizations,
            TransactionTemplate transactions,
            AuditLog audit,
            JsonMapper json,
            ActivatedTierChanges tierChanges,
            Clock clock) {
        this.clock = clock;
        this.tierChanges = tierChanges;
        this.jdbc = jdbc;
        this.knowledge = knowledge;
        this.screening = screening;
        this.organizations = organizations;
        this.transactions = transactions;
        this.audit = audit;
        this.json = json;
    }

    /** What to replay. */
    public record Request(
            int days,
            @Nullable String kbFile,
            @Nullable String kbYaml,
            CandidatePolicy policy,
            @Nullable String note) {}

    /**
     * Checks the candidate (a broken knowledge-base file fails here, before anything runs), records the run and
     * starts it in the background; returns the run id.
     */
    public long start(Request request, CurrentUser user) {
        if (request.days() < 1 || request.days() > MAX_DAYS) {
            throw PlatformException.invalidField("REPLAY_DAYS", "days", "回放天数须在 1–" + MAX_DAYS + " 之间");
        }
        boolean hasKb = request.kbYaml() != null && !request.kbYaml().isBlank();
        if (!hasKb && request.policy().isEmpty()) {
            throw PlatformException.invalid("REPLAY_NO_CANDIDATE", "请上传候选知识库文件或设置候选分级处置策略");
        }
        KnowledgeSnapshot candidate = null;
        if (hasKb) {
            if (request.kbFile() == null || !DrugKnowledge.isKnowledgeBaseFile(request.kbFile())) {
                throw PlatformException.invalidField(
                        "REPLAY_KB_FILE", "kbFile", "知识库文件路径不正确（例如 interactions/high-priority.yaml）");
            }
            try {
                candidate = knowledge.candidate(Map.of(request.kbFile(), request.kbYaml()));
            } catch (InvalidKnowledgeBaseException e) {
                throw PlatformException.invalidField("REPLAY_KB_INVALID", "kbYaml", "候选知识库无法加载：" + e.getMessage());
            }
        }
        Instant since = clock.instant().minus(Duration.ofDays(request.days()));
        int total = jdbc.sql("select count(*) from prescriptionreview_prescription where submitted_at >= ?")
                .param(java.sql.Timestamp.from(since))
                .query(Integer.class)
                .single();
        long id = jdbc.sql(
                        """
                        insert into prescriptionreview_replay_run (requested_by, days, kb_file, kb_yaml, kb_sha256,
                            candidate_kb_version, policy, note, status, total)
                        values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, 'RUNNING', ?) returning id""")
                .params(
                        user.username(),
                        request.days(),
                        hasKb ? request.kbFile() : null,
                        hasKb ? request.kbYaml() : null,
                        hasKb ? Sha256.hex(request.kbYaml()) : null,
                        candidate == null ? null : candidate.version().version(),
                        request.policy().isEmpty()
                                ? null
                                : json.writeValueAsString(request.policy().changes()),
                        request.note(),
                        total)
                .query(Long.class)
                .single();
        if (candidate != null) {
            candidates.put(id, candidate);
        }
        KnowledgeSnapshot kb = candidate;
        executor.submit(() -> run(id, since, kb, request.policy()));
        return id;
    }

    private void run(long id, Instant since, @Nullable KnowledgeSnapshot candidateKb, CandidatePolicy policy) {
        try {
            KnowledgeSnapshot live = knowledge.snapshot();
            KnowledgeSnapshot cand = candidateKb == null ? live : candidateKb;
            Map<Long, Optional<Unit>> units = new HashMap<>();
            Map<Long, Map<Long, StaffMember>> staff = new HashMap<>();
            Duration budget = Duration.ofSeconds(10);
            long after = 0;
            int processed = 0;
            int queueBefore = 0;
            int queueAfter = 0;
            int flaggedBefore = 0;
            int flaggedAfter = 0;
            while (true) {
                List<Object[]> page = jdbc.sql(
                                """
                                select id, institution_id, institution_path, prescriber_staff_id, request::text,
                                       submitted_at
                                  from prescriptionreview_prescription
                                 where submitted_at >= ? and id > ? order by id limit ?""")
                        .params(java.sql.Timestamp.from(since), after, PAGE)
                        .query((rs, n) -> new Object[] {
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            (Long) rs.getObject(4),
                            rs.getString(5),
                            rs.getTimestamp(6).toInstant()
                        })
                        .list();
                if (page.isEmpty()) {
                    break;
                }
                List<Object[]> changes = new ArrayList<>();
                for (Object[] row : page) {
                    after = (Long) row[0];
                    long institutionId = (Long) row[1];
                    Optional<Unit> unit = units.computeIfAbsent(institutionId, organizations::find);
                    if (unit.isEmpty()) {
                        continue;
                    }
                    PrescriptionRequest request;
                    try {
                        request = json.readValue((String) row[4], PrescriptionRequest.class);
                    } catch (RuntimeException e) {
                        continue;
                    }
                    if (request.lines() == null || request.lines().isEmpty() || request.patient() == null) {
                        continue;
                    }
                    Long staffId = (Long) row[3];
                    Map<Long, StaffMember> ofUnit =
                            staff.computeIfAbsent(institutionId, u -> organizations.staffOf(u).stream()
                                    .collect(Collectors.toMap(StaffMember::id, s -> s)));
                    StaffMember member = staffId == null ? null : ofUnit.get(staffId);
                    if (member == null && staffId != null) {
                        member = organizations.staff(staffId).orElse(null);
                    }
                    Prescriber prescriber = member == null
                            ? Prescriber.unregistered(String.valueOf(staffId), "未登记医师")
                            : Prescriber.registered(member, unit.get());
                    PrescriptionRequests.Stored stored;
                    try {
                        stored = PrescriptionRequests.stored(request, unit.get(), prescriber);
                    } catch (RuntimeException e) {
                        continue;
                    }
                    Instant at = (Instant) row[5];
                    LocalDate day = request.issuedOn();
                    Map<Tier, Action> actions = screening.actionsFor(
                            Long.toString(institutionId), stored.prescription().setting());
                    var context = stored.intake().toContext();
                    Verdict before = screening.replay(live, stored.prescription(), context, day, at, actions, budget);
                    Verdict afterV = screening.replay(
                            cand, stored.prescription(), context, day, at, policy.over(actions), budget);
                    processed++;
                    queueBefore += needsPharmacist(before) ? 1 : 0;
                    queueAfter += needsPharmacist(afterV) ? 1 : 0;
                    flaggedBefore += before.passes() ? 0 : 1;
                    flaggedAfter += afterV.passes() ? 0 : 1;
                    diff(row, before, afterV, changes);
                }
                int done = processed;
                int qb = queueBefore;
                int qa = queueAfter;
                int fb = flaggedBefore;
                int fa = flaggedAfter;
                transactions.executeWithoutResult(s -> {
                    for (Object[] c : changes) {
                        jdbc.sql(
                                        """
                                        insert into prescriptionreview_replay_change (run_id, prescription_id,
                                            institution_id, institution_path, prescriber_staff_id, rule_id, change,
                                            finding_count, action_before, action_after)
                                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                                .params(id, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8])
                                .update();
                    }
                    jdbc.sql(
                                    """
                                    update prescriptionreview_replay_run set processed = ?, queue_before = ?,
                                        queue_after = ?, flagged_before = ?, flagged_after = ? where id = ?""")
                            .params(done, qb, qa, fb, fa, id)
                            .update();
                });
            }
            jdbc.sql("update prescriptionreview_replay_run set status = 'DONE', total = processed, finished_at = now()"
                            + " where id = ?")
                    .param(id)
                    .update();
        } catch (RuntimeException e) {
            log.warn("replay {} failed", id, e);
            jdbc.sql("update prescriptionreview_replay_run set status = 'FAILED', failure = ?, finished_at = now()"
                            + " where id = ?")
                    .params(String.valueOf(e), id)
                    .update();
        }
    }

    private static boolean needsPharmacist(Verdict v) {
        return v.status() == Verdict.Status.UNSCREENED || v.action() == Action.PHARMACIST_REVIEW;
    }

    /** Alerts (findings that are shown, i.e. not mapped to PASS) per rule that the candidate adds or removes. */
    private static void diff(Object[] row, Verdict before, Verdict after, List<Object[]> out) {
        Map<String, Set<String>> b = alerts(before);
        Map<String, Set<String>> a = alerts(after);
        Set<String> rules = new HashSet<>(b.keySet());
        rules.addAll(a.keySet());
        for (String rule : rules) {
            Set<String> was = b.getOrDefault(rule, Set.of());
            Set<String> now = a.getOrDefault(rule, Set.of());
            long removed = was.stream().filter(k -> !now.contains(k)).count();
            long added = now.stream().filter(k -> !was.contains(k)).count();
            if (removed > 0) {
                out.add(change(row, rule, "REMOVED", removed, before, after));
            }
            if (added > 0) {
                out.add(change(row, rule, "ADDED", added, before, after));
            }
        }
    }

    private static Object[] change(Object[] row, String rule, String kind, long count, Verdict before, Verdict after) {
        return new Object[] {
            row[0],
            row[1],
            row[2],
            row[3],
            rule,
            kind,
            (int) count,
            before.action().name(),
            after.action().name()
        };
    }

    private static Map<String, Set<String>> alerts(Verdict v) {
        Map<String, Set<String>> byRule = new HashMap<>();
        for (Finding f : v.findings()) {
            if (f.action() != Action.PASS) {
                byRule.computeIfAbsent(f.ruleId(), k -> new HashSet<>())
                        .add(f.tier() + "|"
                                + String.join(
                                        "\u0001", f.drugs().stream().sorted().toList()) + "|" + f.message());
            }
        }
        return byRule;
    }

    // ------------------------------------------------------------------------------------------------------------

    /** A run as the page shows it. */
    public record Run(
            long id,
            String requestedBy,
            Instant requestedAt,
            int days,
            @Nullable String kbFile,
            @Nullable String candidateKbVersion,
            @Nullable String policy,
            @Nullable String note,
            String status,
            int total,
            int processed,
            @Nullable String failure,
            int queueBefore,
            int queueAfter,
            int flaggedBefore,
            int flaggedAfter) {

        public int percent() {
            return total == 0 ? (status.equals("RUNNING") ? 0 : 100) : Math.min(100, processed * 100 / total);
        }
    }

    public Optional<Run> find(long id) {
        return jdbc.sql("select * from prescriptionreview_replay_run where id = ?")
                .param(id)
                .query((rs, n) -> new Run(
                        rs.getLong("id"),
                        rs.getString("requested_by"),
                        rs.getTimestamp("requested_at").toInstant(),
                        rs.getInt("days"),
                        rs.getString("kb_file"),
                        rs.getString("candidate_kb_version"),
                        rs.getString("policy"),
                        rs.getString("note"),
                        rs.getString("status"),
                        rs.getInt("total"),
                        rs.getInt("processed"),
                        rs.getString("failure"),
                        rs.getInt("queue_before"),
                        rs.getInt("queue_after"),
                        rs.getInt("flagged_before"),
                        rs.getInt("flagged_after")))
                .optional();
    }

    public List<Run> recent() {
        return jdbc
                .sql("select id from prescriptionreview_replay_run order by id desc limit 20")
                .query(Long.class)
                .list()
                .stream()
                .map(this::find)
                .flatMap(Optional::stream)
                .toList();
    }

    /** Alerts added and removed per rule, with the prescriptions, institutions and doctors they touch. */
    public record RuleChange(
            String ruleId, long added, long removed, long prescriptions, long institutions, long doctors) {}

    public List<RuleChange> changesPerRule(long runId) {
        return jdbc.sql(
                        """
                        select rule_id,
                               coalesce(sum(finding_count) filter (where change = 'ADDED'), 0) added,
                               coalesce(sum(finding_count) filter (where change = 'REMOVED'), 0) removed,
                               count(distinct prescription_id) prescriptions,
                               count(distinct institution_id) institutions,
                               count(distinct prescriber_staff_id) doctors
                          from prescriptionreview_replay_change where run_id = ?
                         group by rule_id order by sum(finding_count) desc, rule_id""")
                .param(runId)
                .query((rs, n) -> new RuleChange(
                        rs.getString("rule_id"),
                        rs.getLong("added"),
                        rs.getLong("removed"),
                        rs.getLong("prescriptions"),
                        rs.getLong("institutions"),
                        rs.getLong("doctors")))
                .list();
    }

    /** The institutions most affected. */
    public record InstitutionChange(long institutionId, String name, long added, long removed, long doctors) {}

    public List<InstitutionChange> changesPerInstitution(long runId) {
        return jdbc.sql(
                        """
                        select institution_id,
                               coalesce(sum(finding_count) filter (where change = 'ADDED'), 0) added,
                               coalesce(sum(finding_count) filter (where change = 'REMOVED'), 0) removed,
                               count(distinct prescriber_staff_id) doctors
                          from prescriptionreview_replay_change where run_id = ?
                         group by institution_id order by sum(finding_count) desc, institution_id limit 20""")
                .param(runId)
                .query((rs, n) -> {
                    long institution = rs.getLong("institution_id");
                    return new InstitutionChange(
                            institution,
                            organizations.find(institution).map(Unit::name).orElse(Long.toString(institution)),
                            rs.getLong("added"),
                            rs.getLong("removed"),
                            rs.getLong("doctors"));
                })
                .list();
    }

    /** A recorded decision on a finished run. */
    public record Decision(
            long id,
            long runId,
            String decidedBy,
            Instant decidedAt,
            String decision,
            String reason,
            @Nullable String kbVersion) {}

    public List<Decision> decisions(long runId) {
        return jdbc.sql("select * from prescriptionreview_activation where run_id = ? order by id")
                .param(runId)
                .query((rs, n) -> new Decision(
                        rs.getLong("id"),
                        rs.getLong("run_id"),
                        rs.getString("decided_by"),
                        rs.getTimestamp("decided_at").toInstant(),
                        rs.getString("decision"),
                        rs.getString("reason"),
                        rs.getString("kb_version")))
                .list();
    }

    /**
     * Records an authorised user's decision (who, when, why) on a finished replay; {@code activate} puts the candidate
     * knowledge base in service at once, and a candidate tier → action policy when the decision commits (laid over the
     * configured mapping, stored cumulatively with the activation so a restart keeps it).
     */
    @Transactional
    public Decision decide(long runId, boolean activate, String reason, CurrentUser user) {
        Run run = find(runId).orElseThrow(() -> PlatformException.notFound("REPLAY_NOT_FOUND", "回放不存在"));
        if (!run.status().equals("DONE")) {
            throw PlatformException.conflict("REPLAY_NOT_DONE", "回放尚未完成，不能决定是否启用");
        }
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw PlatformException.invalidField("ACTIVATION_REASON", "reason", "请填写决定理由（不超过1000字）");
        }
        boolean decided = jdbc.sql("select exists(select 1 from prescriptionreview_activation where run_id = ?)")
                .param(runId)
                .query(Boolean.class)
                .single();
        if (decided) {
            throw PlatformException.conflict("REPLAY_ALREADY_DECIDED", "该回放已有决定");
        }
        String version = null;
        if (activate && run.kbFile() != null) {
            String yaml = jdbc.sql("select kb_yaml from prescriptionreview_replay_run where id = ?")
                    .param(runId)
                    .query(String.class)
                    .single();
            KnowledgeSnapshot candidate = candidates.get(runId);
            if (candidate == null) {
                candidate = knowledge.candidate(Map.of(run.kbFile(), yaml));
            }
            version = knowledge.activate(candidate, Map.of(run.kbFile(), yaml)).version();
            candidates.remove(runId);
        }
        String tiers = null;
        if (activate && run.policy() != null) {
            tiers = json.writeValueAsString(tierChanges.activate(json.readValue(run.policy(), TIER_CHANGES)));
        }
        long id = jdbc.sql(
                        """
                        insert into prescriptionreview_activation (run_id, decided_by, decision, reason, kb_version,
                            tier_changes)
                        values (?, ?, ?, ?, ?, ?::jsonb) returning id""")
                .params(runId, user.username(), activate ? "ACTIVATED" : "DECLINED", reason.trim(), version, tiers)
                .query(Long.class)
                .single();
        audit.record(
                AuditLog.Action.UPDATE,
                "prescriptionreview_activation",
                List.of(id),
                (activate ? "activate" : "decline") + " replay " + runId);
        return decisions(runId).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }
}
