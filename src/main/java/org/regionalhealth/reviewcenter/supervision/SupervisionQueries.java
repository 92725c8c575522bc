package org.regionalhealth.reviewcenter.supervision;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.ReportingDatabase;
import org.regionalhealth.reviewcenter.workbench.ReviewFacts;
import org.regionalhealth.reviewcenter.workbench.TaskOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the supervision figures for a scope and a period: rolled-up days from the daily tables, later days (normally
 * only today) live from the base tables through the same SQL ({@link SupervisionRollup}). Every query filters on
 * {@code institution_path LIKE scope}, so a user never sums another medical community's rows. Reads go to the read
 * replica when one is configured ({@link ReportingDatabase}).
 */
@Service
public class SupervisionQueries {

    private final JdbcClient jdbc;
    private final SupervisionRollup rollup;

    public SupervisionQueries(ReportingDatabase reporting, SupervisionRollup rollup) {
        this.jdbc = reporting.jdbc();
        this.rollup = rollup;
    }

    /** A period of whole days, both ends included. */
    public record Period(LocalDate from, LocalDate to) {}

    /** One row of a grouped result. */
    public record Group(String key, Counts counts) {}

    /**
     * Counts grouped by {@code groupExpression} (an SQL expression over the daily-stat columns, bound to
     * {@code :unitPath} and {@code :institutionId} when it uses them), within the scope pattern and period.
     */
    List<Group> grouped(String likePattern, Period period, String groupExpression, Map<String, Object> extra) {
        return grouped(likePattern, period, groupExpression, extra, false);
    }

    /**
     * As above; {@code fine}: read the day × institution × department × prescriber × setting rollup (needed for
     * departments and doctors, and only ever for one institution), else the day × institution one.
     */
    List<Group> grouped(
            String likePattern, Period period, String groupExpression, Map<String, Object> extra, boolean fine) {
        LocalDate rolledTo = rollup.lastRolledDay().orElse(period.from().minusDays(1));
        LocalDate liveFrom = rolledTo.plusDays(1).isAfter(period.from()) ? rolledTo.plusDays(1) : period.from();
        LocalDate liveTo = period.to().plusDays(1);
        if (!liveFrom.isBefore(liveTo)) {
            liveFrom = liveTo;
        }
        String measures = "prescriptions, screened, flagged, queued, reviewed, approved, returned, timeouts, breached,"
                + " signature_requests, double_signed, modified_after_return";
        String dims = fine
                ? "day, institution_id, institution_path, department, prescriber_staff_id, setting"
                : "day, institution_id, institution_path, '' as department, 0::bigint as prescriber_staff_id,"
                        + " '' as setting";
        String liveDims = "day, institution_id, institution_path, department, prescriber_staff_id, setting";
        String sql = "with s as (select " + dims + ", " + measures + " from "
                + (fine ? "prescriptionreview_daily_stat" : "prescriptionreview_daily_unit_stat")
                + " where institution_path like :scope and day >= :dayFrom and day <= :rolledTo"
                + (liveFrom.isBefore(liveTo)
                        ? " union all select " + liveDims + ", " + measures + " from (" + SupervisionRollup.STAT_SELECT
                                + ") l where institution_path like :scope"
                        : "")
                + ")"
                + " select " + groupExpression + " as g, " + Counts.SUMS + " from s group by g order by g";
        var spec = SupervisionRollup.typed(jdbc.sql(sql))
                .param("scope", likePattern)
                .param("dayFrom", period.from())
                .param("rolledTo", rolledTo)
                .param("tz", rollup.zone().getId())
                .param(
                        "from",
                        Timestamp.from(liveFrom.atStartOfDay(rollup.zone()).toInstant()))
                .param("to", Timestamp.from(liveTo.atStartOfDay(rollup.zone()).toInstant()));
        for (var e : extra.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.query((rs, n) -> new Group(rs.getString("g"), Counts.read(rs)))
                .list();
    }

    /** The totals of the scope over the period. */
    public Counts totals(DataScope scope, Period period) {
        var rows = grouped(scope.likePattern(), period, "'all'", Map.of());
        return rows.isEmpty() ? zero() : rows.get(0).counts();
    }

    /** Counts per direct child unit of {@code unitPath} (key: the child's id; {@code self} for the unit itself). */
    public List<Group> byChildUnit(String unitPath, Period period) {
        int segment = unitPath.split("/").length + 1;
        return grouped(
                unitPath + "%",
                period,
                "case when institution_path = :unitPath then 'self' else split_part(institution_path, '/', " + segment
                        + ") end",
                Map.of("unitPath", unitPath));
    }

    /** Counts per direct child unit and per month (or day, for periods up to 31 days). */
    public record Cell(String child, String bucket, Counts counts) {}

    /**
     * One pass for the unit view: counts per child unit ({@code self} for the unit itself) and trend bucket, from
     * which the page sums its totals, its rows and its trend (one scan of the rollup and the live day, not three).
     */
    public List<Cell> byChildAndBucket(String unitPath, Period period) {
        int segment = unitPath.split("/").length + 1;
        boolean daily = !period.from().plusDays(31).isBefore(period.to());
        String bucket = daily ? "to_char(day, 'YYYY-MM-DD')" : "to_char(day, 'YYYY-MM')";
        return grouped(
                        unitPath + "%",
                        period,
                        "(case when institution_path = :unitPath then 'self' else split_part(institution_path, '/', "
                                + segment + ") end) || '|' || " + bucket,
                        Map.of("unitPath", unitPath))
                .stream()
                .map(g -> {
                    int bar = g.key().lastIndexOf('|');
                    return new Cell(g.key().substring(0, bar), g.key().substring(bar + 1), g.counts());
                })
                .toList();
    }

    /** Counts per department of one institution. */
    public List<Group> byDepartment(String unitPath, long institutionId, Period period) {
        return grouped(
                        unitPath,
                        period,
                        "case when institution_id = :institutionId then department else null end",
                        Map.of("institutionId", institutionId),
                        true)
                .stream()
                .filter(g -> g.key() != null)
                .toList();
    }

    /** Counts per prescriber of one department of one institution. */
    public List<Group> byDoctor(String unitPath, long institutionId, String department, Period period) {
        return grouped(
                        unitPath,
                        period,
                        "case when institution_id = :institutionId and department = :department"
                                + " then prescriber_staff_id::text else null end",
                        Map.of("institutionId", institutionId, "department", department),
                        true)
                .stream()
                .filter(g -> g.key() != null)
                .toList();
    }

    /** Counts per month (key {@code yyyy-MM}) or, for periods up to 31 days, per day. */
    public List<Group> trend(String likePattern, Period period) {
        boolean daily = !period.from().plusDays(31).isBefore(period.to());
        return grouped(likePattern, period, daily ? "to_char(day, 'YYYY-MM-DD')" : "to_char(day, 'YYYY-MM')", Map.of());
    }

    /** Findings and answers to alerts per rule, most findings first. */
    public record RuleRow(
            String ruleId,
            ProblemCategory category,
            long findings,
            long decisions,
            long overrides,
            long cdsFeedback,
            long cdsOverridden) {

        /** Overrides (pharmacist approvals, double signatures, CDS Hooks overrides) ÷ all answers. */
        public Indicator.Value overrideRate() {
            return new Indicator.Value(overrides + cdsOverridden, decisions + cdsFeedback);
        }
    }

    public List<RuleRow> rules(DataScope scope, Period period, boolean districtWide) {
        LocalDate rolledTo = rollup.lastRolledDay().orElse(period.from().minusDays(1));
        LocalDate liveFrom = rolledTo.plusDays(1).isAfter(period.from()) ? rolledTo.plusDays(1) : period.from();
        LocalDate liveTo = period.to().plusDays(1);
        if (!liveFrom.isBefore(liveTo)) {
            liveFrom = liveTo;
        }
        Map<String, long[]> byRule = new LinkedHashMap<>();
        SupervisionRollup.typed(
                        jdbc.sql(
                                "with s as (select rule_id, findings, decisions, overrides, institution_path"
                                        + " from prescriptionreview_daily_rule_stat"
                                        + " where institution_path like :scope and day >= :dayFrom and day <= :rolledTo"
                                        + " union all select rule_id, findings, decisions, overrides, institution_path from ("
                                        + SupervisionRollup.RULE_SELECT + ") l where institution_path like :scope)"
                                        + " select rule_id, sum(findings) f, sum(decisions) d, sum(overrides) o from s group by rule_id"))
                .param("scope", scope.likePattern())
                .param("dayFrom", period.from())
                .param("rolledTo", rolledTo)
                .param("tz", rollup.zone().getId())
                .param(
                        "from",
                        Timestamp.from(liveFrom.atStartOfDay(rollup.zone()).toInstant()))
                .param("to", Timestamp.from(liveTo.atStartOfDay(rollup.zone()).toInstant()))
                .query((rs, n) -> byRule.put(
                        rs.getString("rule_id"), new long[] {rs.getLong("f"), rs.getLong("d"), rs.getLong("o"), 0, 0}))
                .list();
        if (districtWide) {
            // CDS Hooks cards carry no institution, so their feedback counts only in the district-wide view
            jdbc.sql(
                            """
                            select c.rule_id, count(*) n, count(*) filter (where fb.outcome = 'overridden') o
                              from prescriptionreview_cds_feedback fb
                              join prescriptionreview_cds_card c on c.uuid = fb.card_uuid
                             where fb.outcome_at >= ? and fb.outcome_at < ?
                             group by c.rule_id""")
                    .params(
                            Timestamp.from(
                                    period.from().atStartOfDay(rollup.zone()).toInstant()),
                            Timestamp.from(period.to()
                                    .plusDays(1)
                                    .atStartOfDay(rollup.zone())
                                    .toInstant()))
                    .query((rs, n) -> {
                        long[] v = byRule.computeIfAbsent(rs.getString("rule_id"), k -> new long[5]);
                        v[3] = rs.getLong("n");
                        v[4] = rs.getLong("o");
                        return v;
                    })
                    .list();
        }
        List<RuleRow> rows = new ArrayList<>();
        byRule.forEach(
                (rule, v) -> rows.add(new RuleRow(rule, ProblemCategory.of(rule), v[0], v[1], v[2], v[3], v[4])));
        rows.sort((a, b) -> a.findings() != b.findings()
                ? Long.compare(b.findings(), a.findings())
                : a.ruleId().compareTo(b.ruleId()));
        return rows;
    }

    /** A pharmacist's work in the period: rounds decided, returns, handling and waiting times, timer breaches. */
    public record PharmacistRow(
            String pharmacist,
            long decided,
            long approved,
            long returned,
            long breached,
            double averageHandlingSeconds,
            double averageWaitSeconds) {}

    public List<PharmacistRow> pharmacists(DataScope scope, Period period) {
        return jdbc.sql(
                        """
                        select decided_by, count(*) decided,
                               count(*) filter (where outcome = any(?)) approved,
                               count(*) filter (where outcome = ?) returned,
                               count(*) filter (where breached) breached,
                               coalesce(avg(extract(epoch from decided_at - coalesce(claimed_at, enqueued_at))), 0) handling,
                               coalesce(avg(extract(epoch from decided_at - enqueued_at)), 0) waiting
                          from prescriptionreview_review_task
                         where institution_path like ? and decided_at >= ? and decided_at < ?
                           and outcome = any(?) and decided_by is not null
                         group by decided_by
                         order by decided desc, decided_by""")
                .params(
                        ReviewFacts.array(ReviewFacts.outcomes(TaskOutcome.APPROVING)),
                        TaskOutcome.RETURNED.name(),
                        scope.likePattern(),
                        Timestamp.from(period.from().atStartOfDay(rollup.zone()).toInstant()),
                        Timestamp.from(period.to()
                                .plusDays(1)
                                .atStartOfDay(rollup.zone())
                                .toInstant()),
                        ReviewFacts.array(ReviewFacts.outcomes(TaskOutcome.PHARMACIST_DECISIONS)))
                .query((rs, n) -> new PharmacistRow(
                        rs.getString("decided_by"),
                        rs.getLong("decided"),
                        rs.getLong("approved"),
                        rs.getLong("returned"),
                        rs.getLong("breached"),
                        Math.round(rs.getDouble("handling") * 10) / 10.0,
                        Math.round(rs.getDouble("waiting") * 10) / 10.0))
                .list();
    }

    static Counts zero() {
        return new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
