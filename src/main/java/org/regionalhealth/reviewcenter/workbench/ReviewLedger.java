package org.regionalhealth.reviewcenter.workbench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.reviewcenter.PrescriptionReviewed;
import org.regionalhealth.reviewcenter.submission.CopyStream;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Tier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer of the review workflow's tables (issue 13 item 2): a prescription's state changes — the conditional
 * update of {@code review_state}, the event (who, when, why) and, in the same transaction, the webhook outbox rows for
 * every HIS subscribed to the institution (the outbox pattern: the push can never announce a change that was rolled
 * back, nor miss one that was committed) — and the pharmacists' review tasks. States, kinds and outcomes are typed
 * ({@link ReviewState}, {@link EventKind}, {@link TaskOutcome}) and bound as parameters. The demo year writes its
 * histories through the same row definitions in bulk ({@link Batch}, COPY).
 */
@Component
public class ReviewLedger {

    private static final String EVENT_COLUMNS =
            """
            prescriptionreview_review_event (prescription_id, revision, institution_path, kind, from_state, to_state,
                actor, reason_codes, message, off_hours, at)""";

    private static final String TASK_COLUMNS =
            """
            prescriptionreview_review_task (prescription_id, revision, institution_path, pool, skill, setting,
                highest_tier, senior_only, enqueued_at, amber_at, due_at, claimed_by, claimed_at, decided_by,
                decided_at, outcome, breached)""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final InstitutionNames names;
    private final DataSource dataSource;
    private final ApplicationEventPublisher events;

    ReviewLedger(
            JdbcClient jdbc,
            JsonMapper json,
            InstitutionNames names,
            DataSource dataSource,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
        this.names = names;
        this.dataSource = dataSource;
    }

    /** One state change (or, with {@code from == to}, a timer signal). */
    public record Change(
            long prescriptionId,
            int revision,
            String institutionPath,
            @Nullable ReviewState from,
            ReviewState to,
            EventKind kind,
            String actor,
            List<String> reasons,
            @Nullable String message,
            boolean offHours,
            Instant at) {}

    /**
     * Moves the prescription from {@code from} to {@code to} if it still is in {@code from}; false when another
     * change came first (the caller reports a conflict).
     */
    boolean move(Change c) {
        int updated = c.from() == null
                ? jdbc.sql(
                                """
                                update prescriptionreview_prescription set review_state = ?, review_state_at = ?
                                 where id = ? and review_state is null""")
                        .params(c.to().name(), Timestamp.from(c.at()), c.prescriptionId())
                        .update()
                : jdbc.sql(
                                """
                                update prescriptionreview_prescription set review_state = ?, review_state_at = ?
                                 where id = ? and review_state = ?""")
                        .params(
                                c.to().name(),
                                Timestamp.from(c.at()),
                                c.prescriptionId(),
                                c.from().name())
                        .update();
        if (updated != 1) {
            return false;
        }
        record(c);
        decision(c.to())
                .ifPresent(d -> events.publishEvent(new PrescriptionReviewed(
                        c.prescriptionId(), c.revision(), d, List.copyOf(c.reasons()), c.message(), c.actor())));
        return true;
    }

    /** The states that end a review with a decision others may need ({@link PrescriptionReviewed}). */
    private static java.util.Optional<PrescriptionReviewed.Decision> decision(ReviewState to) {
        return switch (to) {
            case APPROVED -> java.util.Optional.of(PrescriptionReviewed.Decision.APPROVED);
            case RETURNED -> java.util.Optional.of(PrescriptionReviewed.Decision.RETURNED);
            case DOUBLE_SIGNED -> java.util.Optional.of(PrescriptionReviewed.Decision.DOUBLE_SIGNED);
            default -> java.util.Optional.empty();
        };
    }

    /** Writes the event and, for a state change, the outbox rows. */
    long record(Change c) {
        long eventId = jdbc.sql("insert into " + EVENT_COLUMNS
                        + " values (?, ?, ?, ?, ?, ?, ?, ?::varchar[], ?, ?, ?) returning id")
                .params(CopyStream.jdbc(eventValues(c)))
                .query(Long.class)
                .single();
        if (c.from() != c.to()) {
            enqueueDeliveries(eventId, c);
        }
        return eventId;
    }

    /** The one definition of an event row: what an INSERT binds and what COPY writes. */
    private static List<Object> eventValues(Change c) {
        // Arrays.asList, not List.of: from_state and message may be null
        return Arrays.asList(
                c.prescriptionId(),
                c.revision(),
                c.institutionPath(),
                c.kind().name(),
                c.from() == null ? null : c.from().name(),
                c.to().name(),
                c.actor(),
                "{" + String.join(",", c.reasons()) + "}",
                c.message(),
                c.offHours(),
                c.at());
    }

    private void enqueueDeliveries(long eventId, Change c) {
        boolean subscribed = jdbc.sql(
                        """
                        select exists(select 1 from prescriptionreview_webhook_subscription
                                       where active and ? like unit_path || '%')""")
                .param(c.institutionPath())
                .query(Boolean.class)
                .single();
        if (!subscribed) {
            return;
        }
        Map<String, Object> p = jdbc.sql(
                        "select prescription_number, institution_id from prescriptionreview_prescription where id = ?")
                .param(c.prescriptionId())
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("institutionCode", names.codeOf(rs.getLong(2)));
                    m.put("prescriptionNumber", rs.getString(1));
                    return m;
                })
                .single();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("eventId", eventId);
        payload.put("prescriptionId", c.prescriptionId());
        payload.putAll(p);
        payload.put("revision", c.revision());
        payload.put("kind", c.kind().name());
        payload.put("fromState", c.from() == null ? null : c.from().name());
        payload.put("state", c.to().name());
        payload.put("mayDispense", c.to().dispensable());
        payload.put("reasonCodes", c.reasons());
        payload.put("at", c.at().toString());
        jdbc.sql(
                        """
                        insert into prescriptionreview_webhook_delivery (subscription_id, event_id, payload, next_attempt_at)
                        select id, ?, ?::json, ? from prescriptionreview_webhook_subscription
                         where active and ? like unit_path || '%'""")
                .params(eventId, json.writeValueAsString(payload), Timestamp.from(c.at()), c.institutionPath())
                .update();
    }

    // --- review tasks (prescriptionreview_review_task) ---

    /** A review task row: one pharmacist round of one revision, open or decided. */
    public record Task(
            long prescriptionId,
            int revision,
            String institutionPath,
            String pool,
            Skill skill,
            Setting setting,
            @Nullable Tier highestTier,
            boolean seniorOnly,
            Instant enqueuedAt,
            Instant amberAt,
            Instant dueAt,
            @Nullable String claimedBy,
            @Nullable Instant claimedAt,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable TaskOutcome outcome,
            boolean breached) {}

    /** The one definition of a task row: what an INSERT binds and what COPY writes. */
    private static List<Object> taskValues(Task t) {
        // Arrays.asList, not List.of: the claim and decision columns may be null
        return Arrays.asList(
                t.prescriptionId(),
                t.revision(),
                t.institutionPath(),
                t.pool(),
                t.skill().name(),
                t.setting().name(),
                t.highestTier() == null ? null : t.highestTier().name(),
                t.seniorOnly(),
                t.enqueuedAt(),
                t.amberAt(),
                t.dueAt(),
                t.claimedBy(),
                t.claimedAt(),
                t.decidedBy(),
                t.decidedAt(),
                t.outcome() == null ? null : t.outcome().name(),
                t.breached());
    }

    /** Opens the review task of a prescription that was queued for a pharmacist. */
    void openTask(
            long prescriptionId,
            int revision,
            String institutionPath,
            String pool,
            Skill skill,
            Setting setting,
            @Nullable Tier highestTier,
            Instant at,
            Instant amberAt,
            Instant dueAt) {
        Task open = new Task(
                prescriptionId,
                revision,
                institutionPath,
                pool,
                skill,
                setting,
                highestTier,
                false,
                at,
                amberAt,
                dueAt,
                null,
                null,
                null,
                null,
                null,
                false);
        jdbc.sql("insert into " + TASK_COLUMNS + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(CopyStream.jdbc(taskValues(open)))
                .update();
    }

    /** A revision of the prescription closes the open task of the previous one ({@link TaskOutcome#SUPERSEDED}). */
    void supersedeOpenTasks(long prescriptionId, String by, Instant at) {
        jdbc.sql(
                        """
                        update prescriptionreview_review_task
                           set decided_at = ?, decided_by = ?, outcome = ?
                         where prescription_id = ? and decided_at is null""")
                .params(Timestamp.from(at), by, TaskOutcome.SUPERSEDED.name(), prescriptionId)
                .update();
    }

    /** A pharmacist claims an unclaimed open task; false when someone came first. */
    boolean claimTask(long taskId, String by, Instant at) {
        return jdbc.sql(
                                """
                                update prescriptionreview_review_task set claimed_by = ?, claimed_at = ?
                                 where id = ? and claimed_by is null and decided_at is null""")
                        .params(by, Timestamp.from(at), taskId)
                        .update()
                == 1;
    }

    /** The claimant gives the open task back to the pool. */
    void releaseTask(long taskId, String by) {
        jdbc.sql(
                        """
                        update prescriptionreview_review_task set claimed_by = null, claimed_at = null
                         where id = ? and claimed_by = ? and decided_at is null""")
                .params(taskId, by)
                .update();
    }

    /** The claimant decides the open task; false when it was decided or released meanwhile. */
    boolean decideHeldTask(long taskId, String by, TaskOutcome outcome, @Nullable String note, Instant at) {
        return jdbc.sql(
                                """
                                update prescriptionreview_review_task
                                   set decided_by = ?, decided_at = ?, outcome = ?, decision_note = ?
                                 where id = ? and claimed_by = ? and decided_at is null""")
                        .params(by, Timestamp.from(at), outcome.name(), note, taskId, by)
                        .update()
                == 1;
    }

    /** A timeout policy decides the open task, whoever holds it. */
    void decideTimedOutTask(long taskId, String by, TaskOutcome outcome, Instant at) {
        jdbc.sql(
                        """
                        update prescriptionreview_review_task
                           set decided_by = ?, decided_at = ?, outcome = ?
                         where id = ? and decided_at is null""")
                .params(by, Timestamp.from(at), outcome.name(), taskId)
                .update();
    }

    /** The task leaves its claimant and starts again, with new timers, for senior pharmacists only. */
    void restartTaskAsSenior(long taskId, Instant amberAt, Instant dueAt) {
        jdbc.sql(
                        """
                        update prescriptionreview_review_task
                           set senior_only = true, claimed_by = null, claimed_at = null, amber_signalled = false,
                               amber_at = ?, due_at = ?
                         where id = ?""")
                .params(Timestamp.from(amberAt), Timestamp.from(dueAt), taskId)
                .update();
    }

    /** The task's timer turned amber. */
    void signalAmber(long taskId) {
        jdbc.sql("update prescriptionreview_review_task set amber_signalled = true where id = ?")
                .param(taskId)
                .update();
    }

    /** The task's timer ran out. */
    void markBreached(long taskId) {
        jdbc.sql("update prescriptionreview_review_task set breached = true, amber_signalled = true where id = ?")
                .param(taskId)
                .update();
    }

    // --- bulk load (the demo year) ---

    /** Event and task rows prepared for COPY; filled by one thread, written by {@link #copy(Batch)}. */
    public Batch batch() {
        return new Batch();
    }

    /**
     * Event and task rows for COPY, built by the same definitions as the single-row writes. A bulk load writes
     * histories that are over (or open at its end); it notifies no webhook, as the rows describe the past.
     */
    public static final class Batch {
        private final StringBuilder events = new StringBuilder(1 << 16);
        private final StringBuilder tasks = new StringBuilder(1 << 12);
        private long eventCount;
        private long taskCount;

        private Batch() {}

        public void event(Change c) {
            CopyStream.row(events, eventValues(c));
            eventCount++;
        }

        public void task(Task t) {
            CopyStream.row(tasks, taskValues(t));
            taskCount++;
        }

        public long events() {
            return eventCount;
        }

        public long tasks() {
            return taskCount;
        }
    }

    /** Writes a batch with COPY on the connection of the caller's transaction. */
    public void copy(Batch batch) {
        CopyStream.copy(dataSource, TASK_COLUMNS, batch.tasks);
        CopyStream.copy(dataSource, EVENT_COLUMNS, batch.events);
    }
}
