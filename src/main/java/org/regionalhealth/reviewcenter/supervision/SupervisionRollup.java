package org.regionalhealth.reviewcenter.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.regionalhealth.reviewcenter.workbench.EventKind;
import org.regionalhealth.reviewcenter.workbench.ReviewFacts;
import org.regionalhealth.reviewcenter.workbench.ReviewState;
import org.regionalhealth.reviewcenter.workbench.TaskOutcome;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily rollup behind the supervision pages. One SQL per measure family turns the base tables (prescriptions,
 * findings, review tasks, review events) into rows per day × institution × department × prescriber × setting; the
 * same SQL fills {@code prescriptionreview_daily_stat} for closed days and answers live for the days after the last
 * rolled-up one (normally only today). So a pharmacist's decision moves the figures at the next refresh, while a year
 * of the whole district reads a few hundred thousand pre-summed rows instead of millions of prescriptions.
 *
 * <p>Counting days: prescriptions by submission, review rounds by enqueue (queued) and decision (reviewed, approved,
 * returned, timeouts, breaches), doctors' answers by the event's day. Definitions: docs/indicators.md.
 */
@Component
public class SupervisionRollup {

    private static final Logger log = LoggerFactory.getLogger(SupervisionRollup.class);

    /** Rows of {@code prescriptionreview_daily_stat} for the time range {@code [:from, :to)}. */
    static final String STAT_SELECT =
            """
            select day, institution_id, institution_path, department, prescriber_staff_id, setting,
                   sum(prescriptions) prescriptions, sum(screened) screened, sum(flagged) flagged, sum(queued) queued,
                   sum(reviewed) reviewed, sum(approved) approved, sum(returned) returned, sum(timeouts) timeouts,
                   sum(breached) breached, sum(signature_requests) signature_requests,
                   sum(double_signed) double_signed, sum(modified_after_return) modified_after_return
              from (
                select (p.submitted_at at time zone :tz)::date as day, p.institution_id, p.institution_path,
                       coalesce(p.department, '') department, coalesce(p.prescriber_staff_id, 0) prescriber_staff_id,
                       p.setting, 1 prescriptions, (p.status = :screened)::int screened,
                       (p.status = :unscreened or exists (
                            select 1 from prescriptionreview_finding f
                             where f.prescription_id = p.id
                               and f.action in (:flagging)))::int flagged,
                       0 queued, 0 reviewed, 0 approved, 0 returned, 0 timeouts, 0 breached, 0 signature_requests,
                       0 double_signed, 0 modified_after_return
                  from prescriptionreview_prescription p
                 where p.submitted_at >= :from and p.submitted_at < :to
                union all
                select (t.enqueued_at at time zone :tz)::date, p.institution_id, p.institution_path,
                       coalesce(p.department, ''), coalesce(p.prescriber_staff_id, 0), p.setting,
                       0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0
                  from prescriptionreview_review_task t join prescriptionreview_prescription p on p.id = t.prescription_id
                 where t.enqueued_at >= :from and t.enqueued_at < :to
                union all
                select (t.decided_at at time zone :tz)::date, p.institution_id, p.institution_path,
                       coalesce(p.department, ''), coalesce(p.prescriber_staff_id, 0), p.setting,
                       0, 0, 0, 0,
                       (t.outcome in (:decisions))::int,
                       (t.outcome in (:approving))::int,
                       (t.outcome = :returned)::int,
                       (t.outcome in (:timedOut))::int,
                       t.breached::int, 0, 0, 0
                  from prescriptionreview_review_task t join prescriptionreview_prescription p on p.id = t.prescription_id
                 where t.decided_at >= :from and t.decided_at < :to and t.outcome <> :superseded
                union all
                select (e.at at time zone :tz)::date, p.institution_id, p.institution_path,
                       coalesce(p.department, ''), coalesce(p.prescriber_staff_id, 0), p.setting,
                       0, 0, 0, 0, 0, 0, 0, 0, 0,
                       (e.to_state = :awaitingSignature)::int,
                       (e.kind = :doubleSigned)::int,
                       -- the doctor accepted a pharmacist's return; a timeout policy's return (TIMEOUT_RETURNED)
                       -- is no intervention and not in the denominator, so its modification is not counted either
                       (e.kind = :modified and e.from_state = :returnedState and exists (
                            select 1 from prescriptionreview_review_task r
                             where r.prescription_id = e.prescription_id and r.revision = e.revision - 1
                               and r.outcome = :returned))::int
                  from prescriptionreview_review_event e join prescriptionreview_prescription p on p.id = e.prescription_id
                 where e.at >= :from and e.at < :to
                   and (e.to_state = :awaitingSignature or e.kind = :doubleSigned
                        or (e.kind = :modified and e.from_state = :returnedState))
              ) x
             group by day, institution_id, institution_path, department, prescriber_staff_id, setting""";

    /**
     * Rows of {@code prescriptionreview_daily_rule_stat} for {@code [:from, :to)}: alerts per rule (findings not
     * mapped to 通过; T0 information is logged, not a problem) by submission day, and per rule the answers to its alerts (by decision day): a pharmacist approving a round despite the
     * alert, or a doctor double-signing it, is an override; a return or a modification accepts the alert.
     */
    static final String RULE_SELECT =
            """
            select day, institution_id, institution_path, rule_id,
                   sum(findings) findings, sum(decisions) decisions, sum(overrides) overrides
              from (
                select (p.submitted_at at time zone :tz)::date as day, p.institution_id, p.institution_path, f.rule_id,
                       1 findings, 0 decisions, 0 overrides
                  from prescriptionreview_finding f join prescriptionreview_prescription p on p.id = f.prescription_id
                 where p.submitted_at >= :from and p.submitted_at < :to and f.action <> :pass
                union all
                select (t.decided_at at time zone :tz)::date, p.institution_id, p.institution_path, f.rule_id,
                       0, 1, (t.outcome in (:approving))::int
                  from prescriptionreview_review_task t
                  join prescriptionreview_prescription p on p.id = t.prescription_id
                  join prescriptionreview_finding f on f.prescription_id = t.prescription_id
                       and f.opened_revision <= t.revision
                       and (f.closed_revision is null or f.closed_revision > t.revision)
                       and f.action in (:reviewActions)
                 where t.decided_at >= :from and t.decided_at < :to
                   and t.outcome in (:decisions)
                union all
                select (e.at at time zone :tz)::date, p.institution_id, p.institution_path, f.rule_id,
                       0, 1, (e.kind = :doubleSigned)::int
                  from prescriptionreview_review_event e
                  join prescriptionreview_prescription p on p.id = e.prescription_id
                  join prescriptionreview_finding f on f.prescription_id = e.prescription_id
                       and f.action = :blockOverridable
                       and ((e.kind = :doubleSigned and f.opened_revision <= e.revision
                             and (f.closed_revision is null or f.closed_revision > e.revision))
                         or (e.kind = :modified and f.opened_revision < e.revision))
                 where e.at >= :from and e.at < :to
                   and (e.kind = :doubleSigned or (e.kind = :modified and e.from_state = :awaitingSignature))
              ) x
             group by day, institution_id, institution_path, rule_id""";

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final Clock clock;

    public SupervisionRollup(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    ZoneId zone() {
        return zone;
    }

    /** The last day the rollup holds; every day up to it is rolled up, later days are computed live. */
    public Optional<LocalDate> lastRolledDay() {
        // max() of no rows is one null row, which single() refuses: the newest row instead
        return jdbc.sql("select day from prescriptionreview_rollup_day order by day desc limit 1")
                .query(LocalDate.class)
                .optional();
    }

    /** Rebuilds the rollup of the days {@code [from, toExclusive)} in one statement per table. */
    @Transactional
    public void rebuild(LocalDate from, LocalDate toExclusive) {
        if (!from.isBefore(toExclusive)) {
            return;
        }
        jdbc.sql("delete from prescriptionreview_daily_stat where day >= ? and day < ?")
                .params(from, toExclusive)
                .update();
        jdbc.sql("delete from prescriptionreview_daily_unit_stat where day >= ? and day < ?")
                .params(from, toExclusive)
                .update();
        jdbc.sql("delete from prescriptionreview_daily_rule_stat where day >= ? and day < ?")
                .params(from, toExclusive)
                .update();
        bind(
                        jdbc.sql(
                                """
                        insert into prescriptionreview_daily_stat
                            (day, institution_id, institution_path, department, prescriber_staff_id, setting,
                             prescriptions, screened, flagged, queued, reviewed, approved, returned, timeouts, breached,
                             signature_requests, double_signed, modified_after_return)
                        """
                                        + STAT_SELECT),
                        from,
                        toExclusive)
                .update();
        jdbc.sql(
                        """
                        insert into prescriptionreview_daily_unit_stat
                            (day, institution_id, institution_path, prescriptions, screened, flagged, queued, reviewed,
                             approved, returned, timeouts, breached, signature_requests, double_signed,
                             modified_after_return)
                        select day, institution_id, institution_path, sum(prescriptions), sum(screened), sum(flagged),
                               sum(queued), sum(reviewed), sum(approved), sum(returned), sum(timeouts), sum(breached),
                               sum(signature_requests), sum(double_signed), sum(modified_after_return)
                          from prescriptionreview_daily_stat where day >= ? and day < ?
                         group by day, institution_id, institution_path""")
                .params(from, toExclusive)
                .update();
        bind(
                        jdbc.sql(
                                """
                        insert into prescriptionreview_daily_rule_stat
                            (day, institution_id, institution_path, rule_id, findings, decisions, overrides)
                        """
                                        + RULE_SELECT),
                        from,
                        toExclusive)
                .update();
        jdbc.sql(
                        """
                        insert into prescriptionreview_rollup_day (day)
                        select d::date from generate_series(?::date, ?::date - 1, interval '1 day') d
                        on conflict (day) do update set built_at = now()""")
                .params(from, toExclusive)
                .update();
    }

    /**
     * Rolls up every closed day not yet rolled up (the first time: from the first prescription). Runs every ten
     * minutes ({@code rhp.prescription-review.supervision.rollup-cron}; {@code -} switches it off, as the tests do so
     * that their hand-made days are rolled up only when they say), so the rollup is complete up to yesterday shortly
     * after midnight.
     */
    @Scheduled(cron = "${rhp.prescription-review.supervision.rollup-cron:0 */10 * * * *}")
    @SchedulerLock(name = "reviewcenter.supervision-rollup", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduled() {
        rollUpClosedDays();
    }

    /** The same rollup at once, on this node (tests, benchmarks). */
    public void rollUpClosedDays() {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = lastRolledDay().map(d -> d.plusDays(1)).orElseGet(() -> firstDay()
                .orElse(today));
        if (from.isBefore(today)) {
            log.info("Supervision rollup: days {} to {}", from, today.minusDays(1));
            rebuild(from, today);
        }
    }

    private Optional<LocalDate> firstDay() {
        return jdbc.sql(
                        """
                        select (submitted_at at time zone ?)::date from prescriptionreview_prescription
                         order by submitted_at limit 1""")
                .param(zone.getId())
                .query(LocalDate.class)
                .optional();
    }

    /**
     * Binds the typed values {@link #STAT_SELECT} and {@link #RULE_SELECT} compare with (issue 13 item 2: no state,
     * kind, outcome or action literal in SQL outside the owner of the review tables).
     */
    static JdbcClient.StatementSpec typed(JdbcClient.StatementSpec spec) {
        return spec.param("screened", Verdict.Status.SCREENED.name())
                .param("unscreened", Verdict.Status.UNSCREENED.name())
                .param("flagging", ReviewFacts.actions(ReviewFacts.FLAGGING_ACTIONS))
                .param("reviewActions", ReviewFacts.actions(Action.PHARMACIST_REVIEW, Action.BLOCK_OVERRIDABLE))
                .param("blockOverridable", Action.BLOCK_OVERRIDABLE.name())
                .param("pass", Action.PASS.name())
                .param("decisions", ReviewFacts.outcomes(TaskOutcome.PHARMACIST_DECISIONS))
                .param("approving", ReviewFacts.outcomes(TaskOutcome.APPROVING))
                .param("returned", TaskOutcome.RETURNED.name())
                .param("timedOut", ReviewFacts.outcomes(TaskOutcome.TIMED_OUT))
                .param("superseded", TaskOutcome.SUPERSEDED.name())
                .param("awaitingSignature", ReviewState.AWAITING_SIGNATURE.name())
                .param("returnedState", ReviewState.RETURNED.name())
                .param("doubleSigned", EventKind.DOUBLE_SIGNED.name())
                .param("modified", EventKind.MODIFIED.name());
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, LocalDate from, LocalDate toExclusive) {
        return typed(spec)
                .param("tz", zone.getId())
                .param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(toExclusive.atStartOfDay(zone).toInstant()));
    }
}
