package org.regionalhealth.reviewcenter.workbench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.reviewcenter.ReviewCenterProperties;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review workflow of issue 4 items 1–2: what screening leads to, the pharmacists' claims and decisions, the
 * doctor's double signature and the HIS's dispensing. Every state change goes through {@link ReviewLedger} (a
 * conditional update, an event, the webhook outbox), so two actors racing for the same prescription cannot both win.
 */
@Service
public class ReviewWorkflow {

    /** The actor of the system's own events (screening, timers). */
    public static final String SYSTEM = "system";

    private final Labels labels;
    private final JdbcClient jdbc;
    private final ReviewLedger ledger;
    private final ReviewPools pools;
    private final Pharmacists pharmacists;
    private final SkillRouting routing;
    private final AuditLog audit;
    private final ReviewCenterProperties.Workbench settings;
    private final Clock clock;

    ReviewWorkflow(
            JdbcClient jdbc,
            ReviewLedger ledger,
            ReviewPools pools,
            Pharmacists pharmacists,
            SkillRouting routing,
            AuditLog audit,
            ReviewCenterProperties properties,
            Clock clock,
            Labels labels) {
        this.labels = labels;
        this.clock = clock;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.pools = pools;
        this.pharmacists = pharmacists;
        this.routing = routing;
        this.audit = audit;
        this.settings = properties.workbench();
    }

    /**
     * Sets the state a screening leads to, in the caller's (the submission's) transaction. A revision supersedes the
     * open task of the previous one and starts again from the new verdict.
     *
     * @throws PlatformException 409 when the prescription was already dispensed or cancelled
     */
    @Transactional
    public ReviewState screened(ScreenedPrescription s) {
        return screened(s, ReviewState.after(s.verdict().status(), s.verdict().action()));
    }

    /**
     * As {@link #screened}, for a prescription that a pharmacist must review whatever screening said (an online
     * prescription, 细则: 处方经药师审核后方可生效): queued unless screening rejects it.
     */
    @Transactional
    public ReviewState screenedForPharmacist(ScreenedPrescription s) {
        ReviewState after = ReviewState.after(s.verdict().status(), s.verdict().action());
        return screened(s, after == ReviewState.REJECTED ? ReviewState.REJECTED : ReviewState.QUEUED);
    }

    private ReviewState screened(ScreenedPrescription s, ReviewState target) {
        Instant now = clock.instant();
        ReviewState current = s.revision() == 1 ? null : currentState(s.prescriptionId());
        if (current == ReviewState.DISPENSED || current == ReviewState.CANCELLED) {
            throw PlatformException.conflict("PRESCRIPTION_CLOSED", "处方已" + labels.zh(current) + "，不能再修改");
        }
        if (s.revision() > 1) {
            ledger.supersedeOpenTasks(s.prescriptionId(), s.actor(), now);
        }
        EventKind kind = s.revision() > 1
                ? EventKind.MODIFIED
                : target == ReviewState.QUEUED ? EventKind.QUEUED : EventKind.SCREENED;
        List<String> reasons = new ArrayList<>();
        if (s.verdict().status() == Verdict.Status.UNSCREENED) {
            reasons.add(Verdict.Status.UNSCREENED.name());
        } else {
            reasons.add(s.verdict().action().name());
        }
        if (s.verdict().highestTier() != null) {
            reasons.add(s.verdict().highestTier().name());
        }
        String message =
                s.revision() > 1 ? "第" + s.revision() + "版重新审核：" + labels.zh(target) : "系统初审：" + labels.zh(target);
        if (!ledger.move(new ReviewLedger.Change(
                s.prescriptionId(),
                s.revision(),
                s.institutionPath(),
                current,
                target,
                kind,
                s.actor(),
                reasons,
                message,
                false,
                now))) {
            throw PlatformException.conflict("PRESCRIPTION_REVISED_CONCURRENTLY", "处方状态已被他人改变，请刷新后重试");
        }
        if (target == ReviewState.QUEUED) {
            Setting setting = s.prescription().setting();
            Duration sla = settings.sla().get(setting);
            Skill skill = routing.skillOf(s.prescription(), s.birthDate(), s.cancerPainRegistered());
            Tier tier = s.verdict().highestTier();
            ledger.openTask(
                    s.prescriptionId(),
                    s.revision(),
                    s.institutionPath(),
                    pools.poolOf(s.institutionId()),
                    skill,
                    setting,
                    tier,
                    now,
                    now.plus(amber(sla)),
                    now.plus(sla));
        }
        return target;
    }

    Duration amber(Duration sla) {
        return Duration.ofMillis(Math.round(sla.toMillis() * settings.amberFraction()));
    }

    /** An open task as the decisions need it. */
    record OpenTask(
            long id,
            long prescriptionId,
            int revision,
            String institutionPath,
            String pool,
            Skill skill,
            Setting setting,
            boolean seniorOnly,
            @Nullable String claimedBy) {}

    Optional<OpenTask> openTask(long taskId) {
        return jdbc.sql(
                        """
                        select id, prescription_id, revision, institution_path, pool, skill, setting, senior_only,
                               claimed_by
                          from prescriptionreview_review_task where id = ? and decided_at is null""")
                .param(taskId)
                .query((rs, n) -> new OpenTask(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        Skill.valueOf(rs.getString(6)),
                        Setting.valueOf(rs.getString(7)),
                        rs.getBoolean(8),
                        rs.getString(9)))
                .optional();
    }

    /**
     * A pharmacist claims a task. The conditional update ({@code claimed_by is null and decided_at is null}) is
     * atomic in PostgreSQL: of two concurrent claims exactly one updates the row, the other gets 409.
     */
    @Transactional
    public void claim(long taskId, CurrentUser user) {
        OpenTask task = visibleOpenTask(taskId, user);
        Pharmacists.Profile profile = pharmacists.of(user.username());
        if (!profile.takes(task.skill())) {
            throw PlatformException.forbidden("REVIEW_SKILL_MISMATCH", "该处方需" + labels.zh(task.skill()) + "药师审核");
        }
        if (task.seniorOnly() && !profile.senior()) {
            throw PlatformException.forbidden("REVIEW_SENIOR_ONLY", "已升级的处方须由上级药师审核");
        }
        Instant now = clock.instant();
        if (!ledger.claimTask(taskId, user.username(), now)) {
            throw PlatformException.conflict("REVIEW_TASK_TAKEN", "该处方已被其他药师领取或已处理");
        }
        ReviewState from = task.seniorOnly() ? ReviewState.ESCALATED : ReviewState.QUEUED;
        move(task, from, ReviewState.CLAIMED, EventKind.CLAIMED, user, List.of(), null, now);
    }

    /** The pharmacist gives the task back to the pool. */
    @Transactional
    public void release(long taskId, CurrentUser user) {
        OpenTask task = heldTask(taskId, user);
        Instant now = clock.instant();
        ledger.releaseTask(taskId, user.username());
        ReviewState back = task.seniorOnly() ? ReviewState.ESCALATED : ReviewState.QUEUED;
        move(task, ReviewState.CLAIMED, back, EventKind.RELEASED, user, List.of(), null, now);
    }

    /** Approves, with an optional note (审核通过 / 通过并备注). */
    @Transactional
    public void approve(long taskId, @Nullable String note, CurrentUser user) {
        OpenTask task = heldTask(taskId, user);
        boolean withNote = note != null && !note.isBlank();
        TaskOutcome outcome = withNote ? TaskOutcome.APPROVED_WITH_NOTE : TaskOutcome.APPROVED;
        Instant now = clock.instant();
        decide(task, user.username(), outcome, withNote ? note.strip() : null, now);
        move(
                task,
                ReviewState.CLAIMED,
                ReviewState.APPROVED,
                withNote ? EventKind.APPROVED_WITH_NOTE : EventKind.APPROVED,
                user,
                List.of(),
                withNote ? note.strip() : null,
                now);
    }

    /** Returns the prescription to the doctor with coded reasons and a message. */
    @Transactional
    public void returnToDoctor(long taskId, List<String> reasonCodes, @Nullable String message, CurrentUser user) {
        List<String> reasons = returnReasons(reasonCodes);
        OpenTask task = heldTask(taskId, user);
        Instant now = clock.instant();
        String text = message == null || message.isBlank() ? null : message.strip();
        decide(task, user.username(), TaskOutcome.RETURNED, text, now);
        move(task, ReviewState.CLAIMED, ReviewState.RETURNED, EventKind.RETURNED, user, reasons, text, now);
    }

    /** Hands the task on to a senior pharmacist: it leaves the claimant and only senior pharmacists may claim it. */
    @Transactional
    public void escalate(long taskId, @Nullable String message, CurrentUser user) {
        OpenTask task = heldTask(taskId, user);
        if (task.seniorOnly()) {
            throw PlatformException.conflict("REVIEW_ALREADY_ESCALATED", "该处方已由上级药师审核，不能再升级");
        }
        Instant now = clock.instant();
        restartAsSenior(task.id(), now, task.setting());
        String text = message == null || message.isBlank() ? null : message.strip();
        move(task, ReviewState.CLAIMED, ReviewState.ESCALATED, EventKind.ESCALATED, user, List.of(), text, now);
    }

    void restartAsSenior(long taskId, Instant now, Setting setting) {
        Duration sla = settings.sla().get(setting);
        ledger.restartTaskAsSenior(taskId, now.plus(amber(sla)), now.plus(sla));
    }

    /**
     * The doctor signs a second time (双签) with a coded reason. Allowed where the highest tier is T1 or T2 and the
     * prescription awaits the signature or came back from a pharmacist; never for T3 (a pharmacist's return of a
     * serious problem stands: 《处方管理办法》第三十六条, the pharmacist refuses to dispense, the doctor modifies) nor
     * T4 (驳回, no override).
     */
    @Transactional
    public void doubleSign(long prescriptionId, String reasonCode, @Nullable String message, CurrentUser user) {
        DoubleSignReason reason = DoubleSignReason.parse(reasonCode)
                .orElseThrow(
                        () -> PlatformException.invalidField("DOUBLE_SIGN_REASON", "reason", "双签理由编码无效：" + reasonCode));
        String text = message == null || message.isBlank() ? null : message.strip();
        if (reason == DoubleSignReason.OTHER && text == null) {
            throw PlatformException.invalidField("DOUBLE_SIGN_REASON", "message", "选择“其他”时须填写说明");
        }
        var p = prescription(prescriptionId, user);
        if (p.state() != ReviewState.AWAITING_SIGNATURE && p.state() != ReviewState.RETURNED) {
            throw PlatformException.conflict("DOUBLE_SIGN_NOT_ALLOWED", "当前状态（" + labels.zh(p.state()) + "）不能双签");
        }
        if (p.tier() == null || (p.tier() != Tier.T1 && p.tier() != Tier.T2)) {
            throw PlatformException.conflict(
                    "DOUBLE_SIGN_NOT_ALLOWED",
                    "最高风险等级为" + (p.tier() == null ? "无" : p.tier().name()) + "，只能修改处方，不能双签");
        }
        if (!ledger.move(new ReviewLedger.Change(
                prescriptionId,
                p.revision(),
                p.path(),
                p.state(),
                ReviewState.DOUBLE_SIGNED,
                EventKind.DOUBLE_SIGNED,
                user.username(),
                List.of(reason.name()),
                text,
                false,
                clock.instant()))) {
            throw stale();
        }
        audit.record(AuditLog.Action.UPDATE, "prescription", List.of(prescriptionId), "双签");
    }

    /**
     * The HIS reports it dispensed the prescription. Refused (409 REVIEW_NOT_PASSED) unless the state lets it go on:
     * PASSED, APPROVED or DOUBLE_SIGNED.
     */
    @Transactional
    public ReviewState dispense(long prescriptionId, CurrentUser user) {
        var p = prescription(prescriptionId, user);
        requireDispensable(p.state());
        if (!ledger.move(new ReviewLedger.Change(
                prescriptionId,
                p.revision(),
                p.path(),
                p.state(),
                ReviewState.DISPENSED,
                EventKind.DISPENSED,
                user.username(),
                List.of(),
                null,
                false,
                clock.instant()))) {
            throw stale();
        }
        audit.record(AuditLog.Action.UPDATE, "prescription", List.of(prescriptionId), "HIS 发药");
        return ReviewState.DISPENSED;
    }

    /** The HIS asks whether it may charge: 409 unless the state lets the prescription go on. Nothing changes. */
    @Transactional
    public ReviewState charge(long prescriptionId, CurrentUser user) {
        var p = prescription(prescriptionId, user);
        requireDispensable(p.state());
        audit.record(AuditLog.Action.READ, "prescription", List.of(prescriptionId), "HIS 收费核验");
        return p.state();
    }

    private void requireDispensable(ReviewState state) {
        if (!state.dispensable()) {
            throw PlatformException.conflict("REVIEW_NOT_PASSED", "处方审核状态为“" + labels.zh(state) + "”，审核通过前不得收费、发药");
        }
    }

    /** The prescription's review state as a caller in scope sees it. */
    record PrescriptionState(long id, int revision, String path, ReviewState state, @Nullable Tier tier) {}

    PrescriptionState prescription(long prescriptionId, CurrentUser user) {
        return jdbc.sql(
                        """
                        select id, revision, institution_path, review_state, highest_tier
                          from prescriptionreview_prescription where id = ? and institution_path like ?""")
                .params(prescriptionId, user.scope().likePattern())
                .query((rs, n) -> {
                    String state = rs.getString(4);
                    String tier = rs.getString(5);
                    return new PrescriptionState(
                            rs.getLong(1),
                            rs.getInt(2),
                            rs.getString(3),
                            // stored before the workflow existed: its verdict said whether it passed
                            state == null ? ReviewState.PASSED : ReviewState.valueOf(state),
                            tier == null ? null : Tier.valueOf(tier));
                })
                .optional()
                .orElseThrow(() -> PlatformException.notFound("PRESCRIPTION_NOT_FOUND", "处方不存在"));
    }

    private @Nullable ReviewState currentState(long prescriptionId) {
        return jdbc.sql("select review_state from prescriptionreview_prescription where id = ?")
                .param(prescriptionId)
                .query((rs, n) -> ReviewState.parse(rs.getString(1)))
                .optional()
                .orElse(null);
    }

    private OpenTask visibleOpenTask(long taskId, CurrentUser user) {
        if (user.role() != Role.MC_PHARMACIST) {
            throw PlatformException.forbidden("REVIEW_PHARMACISTS_ONLY", "只有药师可以审核处方");
        }
        // out of scope reads as absent: a pharmacist learns nothing about another medical community's queue
        return openTask(taskId)
                .filter(t -> user.scope().covers(t.institutionPath()))
                .orElseThrow(() -> PlatformException.notFound("REVIEW_TASK_NOT_FOUND", "审核任务不存在或已处理"));
    }

    private OpenTask heldTask(long taskId, CurrentUser user) {
        OpenTask task = visibleOpenTask(taskId, user);
        if (!user.username().equals(task.claimedBy())) {
            throw PlatformException.conflict("REVIEW_TASK_NOT_HELD", "请先领取该处方再审核");
        }
        return task;
    }

    private void decide(OpenTask task, String by, TaskOutcome outcome, @Nullable String note, Instant now) {
        if (!ledger.decideHeldTask(task.id(), by, outcome, note, now)) {
            throw stale();
        }
    }

    private void move(
            OpenTask task,
            ReviewState from,
            ReviewState to,
            EventKind kind,
            CurrentUser user,
            List<String> reasons,
            @Nullable String message,
            Instant now) {
        if (!ledger.move(new ReviewLedger.Change(
                task.prescriptionId(),
                task.revision(),
                task.institutionPath(),
                from,
                to,
                kind,
                user.username(),
                reasons,
                message,
                false,
                now))) {
            throw stale();
        }
    }

    private static List<String> returnReasons(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw PlatformException.invalidField("RETURN_REASON_REQUIRED", "reasons", "退回处方须至少选择一个理由");
        }
        List<String> result = new ArrayList<>();
        for (String code : codes) {
            ReturnReason reason = ReturnReason.parse(code)
                    .filter(r -> r != ReturnReason.TIMEOUT)
                    .orElseThrow(() ->
                            PlatformException.invalidField("RETURN_REASON_UNKNOWN", "reasons", "退回理由编码无效：" + code));
            if (!result.contains(reason.name())) {
                result.add(reason.name());
            }
        }
        return result;
    }

    private static PlatformException stale() {
        return PlatformException.conflict("REVIEW_STATE_CHANGED", "处方状态已改变，请刷新后重试");
    }
}
