package org.regionalhealth.reviewcenter.workbench;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.reviewcenter.ReviewCenterProperties;
import org.regionalhealth.reviewcenter.ReviewCenterProperties.TimeoutAction;
import org.regionalhealth.reviewcenter.ReviewCenterProperties.TimeoutPolicy;
import org.regionalhealth.screening.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review timers (issue 4 item 1): a task turns amber after {@code amber-fraction} of its SLA (event AMBER) and red
 * at its due time (event RED, {@code breached = true}); then the pool's timeout policy acts — return to the doctor
 * (TIMEOUT → RETURNED), auto-pass (AUTO_PASSED → APPROVED) or escalate (TIMEOUT → ESCALATED; an escalated task that
 * times out again is returned). Outside the pool's working hours the off-hours action applies and every event says
 * {@code off_hours = true}. Each task is handled in its own transaction under {@code FOR UPDATE SKIP LOCKED}, so two
 * application instances never act on one task twice and a pharmacist's decision in progress is not overtaken.
 */
@Component
public class TimeoutSweeper {

    private static final Logger log = LoggerFactory.getLogger(TimeoutSweeper.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final ReviewLedger ledger;
    private final ReviewPools pools;
    private final ReviewWorkflow workflow;
    private final TransactionTemplate transactions;
    private final ReviewCenterProperties.Workbench settings;
    private final Clock clock;

    TimeoutSweeper(
            JdbcClient jdbc,
            ReviewLedger ledger,
            ReviewPools pools,
            ReviewWorkflow workflow,
            TransactionTemplate transactions,
            ReviewCenterProperties properties,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.pools = pools;
        this.workflow = workflow;
        this.transactions = transactions;
        this.settings = properties.workbench();
    }

    @Scheduled(
            fixedDelayString = "${rhp.prescription-review.workbench.sweep-interval:PT15S}",
            initialDelayString = "${rhp.prescription-review.workbench.sweep-interval:PT15S}")
    @SchedulerLock(name = "reviewcenter.timeout-sweep", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    void scheduled() {
        if (settings.schedulerEnabled()) {
            Result r = sweep(clock.instant());
            if (r.amber() + r.timedOut() > 0) {
                log.info("Review timers: {} amber, {} timed out", r.amber(), r.timedOut());
            }
        }
    }

    /** What one sweep did. */
    public record Result(int amber, int timedOut) {}

    /** Acts on every open task whose amber or due time is at or before {@code now}. */
    public Result sweep(Instant now) {
        int amber = drain(() -> due("amber_at", "and not t.amber_signalled", now), id -> amber(id, now));
        int timedOut = drain(() -> due("due_at", "", now), id -> timeout(id, now));
        return new Result(amber, timedOut);
    }

    /**
     * Acts on every due task, each in its own transaction; a full batch is followed by another, a batch where nothing
     * could be done (all locked) ends the sweep. Returns how many were acted on.
     */
    private int drain(java.util.function.Supplier<List<Long>> batch, java.util.function.LongPredicate act) {
        int total = 0;
        List<Long> ids;
        int done;
        do {
            ids = batch.get();
            done = 0;
            for (long id : ids) {
                if (Boolean.TRUE.equals(transactions.execute(s -> act.test(id)))) {
                    done++;
                }
            }
            total += done;
        } while (ids.size() == BATCH && done > 0);
        return total;
    }

    private List<Long> due(String column, String extra, Instant now) {
        return jdbc.sql("select t.id from prescriptionreview_review_task t where t.decided_at is null and t." + column
                        + " <= ? " + extra + " order by t." + column + " limit " + BATCH)
                .param(Timestamp.from(now))
                .query(Long.class)
                .list();
    }

    /** A locked open task with its prescription's state. */
    private record Locked(
            long id,
            long prescriptionId,
            int revision,
            String path,
            String pool,
            Setting setting,
            boolean seniorOnly,
            boolean amberSignalled,
            Instant amberAt,
            Instant dueAt,
            ReviewState state) {}

    private Locked lock(long id) {
        return jdbc.sql(
                        """
                        select t.id, t.prescription_id, t.revision, t.institution_path, t.pool, t.setting,
                               t.senior_only, t.amber_signalled, t.amber_at, t.due_at, p.review_state
                          from prescriptionreview_review_task t
                          join prescriptionreview_prescription p on p.id = t.prescription_id
                         where t.id = ? and t.decided_at is null
                           for update of t skip locked""")
                .param(id)
                .query((rs, n) -> new Locked(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        Setting.valueOf(rs.getString(6)),
                        rs.getBoolean(7),
                        rs.getBoolean(8),
                        rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10).toInstant(),
                        ReviewState.valueOf(rs.getString(11))))
                .optional()
                .orElse(null);
    }

    private boolean amber(long id, Instant now) {
        Locked t = lock(id);
        if (t == null || t.amberSignalled() || t.amberAt().isAfter(now)) {
            return false;
        }
        ledger.signalAmber(id);
        boolean offHours = ReviewPools.offHours(pools.policyOf(t.pool()), now, clock.getZone());
        ledger.record(change(t, t.state(), EventKind.AMBER, List.of(), AMBER_MESSAGE, offHours, now));
        return true;
    }

    /** The message of the AMBER event. */
    public static final String AMBER_MESSAGE = "审核计时进入黄灯";

    /** The message of the RED event. */
    public static String redMessage(boolean offHours) {
        return "审核超时" + (offHours ? "（非工作时间）" : "");
    }

    /**
     * What a pool's policy does when a task's timer runs out: the event kind, the state the prescription goes to, the
     * task's outcome ({@code null} for an escalation, which restarts the task for senior pharmacists), the reason codes
     * and the message. One definition for the sweeper and the demo year.
     */
    public record Timeout(
            TimeoutAction action,
            boolean offHours,
            EventKind kind,
            ReviewState to,
            @Nullable TaskOutcome outcome,
            List<String> reasons,
            String message) {

        /** The policy's action for a timer that runs out at {@code at} (an escalated task's second timeout returns). */
        public static Timeout of(TimeoutPolicy policy, Instant at, ZoneId zone, boolean seniorOnly) {
            boolean offHours = ReviewPools.offHours(policy, at, zone);
            TimeoutAction action = offHours ? policy.offHours() : policy.onTimeout();
            if (action == TimeoutAction.ESCALATE && seniorOnly) {
                // the senior pharmacist's timer ran out too: nobody is left to escalate to
                action = TimeoutAction.RETURN;
            }
            String when = offHours ? "（非工作时间）" : "";
            List<String> reasons = List.of(ReturnReason.TIMEOUT.name(), action.name());
            return switch (action) {
                case RETURN ->
                    new Timeout(
                            action,
                            offHours,
                            EventKind.TIMEOUT,
                            ReviewState.RETURNED,
                            TaskOutcome.TIMEOUT_RETURNED,
                            reasons,
                            "审核超时，系统退回医生" + when);
                case AUTO_PASS ->
                    new Timeout(
                            action,
                            offHours,
                            EventKind.AUTO_PASSED,
                            ReviewState.APPROVED,
                            TaskOutcome.TIMEOUT_PASSED,
                            reasons,
                            "审核超时，系统自动通过" + when);
                case ESCALATE ->
                    new Timeout(
                            action,
                            offHours,
                            EventKind.TIMEOUT,
                            ReviewState.ESCALATED,
                            null,
                            reasons,
                            "审核超时，升级至上级药师" + when);
            };
        }
    }

    private boolean timeout(long id, Instant now) {
        Locked t = lock(id);
        if (t == null || t.dueAt().isAfter(now)) {
            return false;
        }
        Timeout timeout = Timeout.of(pools.policyOf(t.pool()), now, clock.getZone(), t.seniorOnly());
        boolean offHours = timeout.offHours();
        ledger.markBreached(id);
        ledger.record(change(t, t.state(), EventKind.RED, List.of(), redMessage(offHours), offHours, now));
        if (timeout.outcome() != null) {
            ledger.decideTimedOutTask(id, ReviewWorkflow.SYSTEM, timeout.outcome(), now);
        } else {
            workflow.restartAsSenior(id, now, t.setting());
        }
        move(t, timeout.to(), timeout.kind(), timeout.reasons(), timeout.message(), offHours, now);
        return true;
    }

    private void move(
            Locked t,
            ReviewState to,
            EventKind kind,
            List<String> reasons,
            String message,
            boolean offHours,
            Instant now) {
        if (!ledger.move(change(t, to, kind, reasons, message, offHours, now))) {
            // the task was locked and open, so the prescription is in a review state; anything else is a bug
            throw new IllegalStateException("review task " + t.id() + ": prescription left " + t.state());
        }
    }

    private static ReviewLedger.Change change(
            Locked t,
            ReviewState to,
            EventKind kind,
            List<String> reasons,
            String message,
            boolean offHours,
            Instant now) {
        return new ReviewLedger.Change(
                t.prescriptionId(),
                t.revision(),
                t.path(),
                t.state(),
                to,
                kind,
                ReviewWorkflow.SYSTEM,
                reasons,
                message,
                offHours,
                now);
    }
}
