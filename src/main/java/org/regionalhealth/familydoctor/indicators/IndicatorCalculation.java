package org.regionalhealth.familydoctor.indicators;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.familydoctor.chronic.ChronicCare.ManagementChanged;
import org.regionalhealth.familydoctor.keygroups.KeyGroupDerivation;
import org.regionalhealth.org.Organizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the indicator facts (docs/indicators.md) at the finest grain, unit × team, so every level above is a sum
 * read in one indexed query. All of the district is recomputed at night ({@link RecomputeSchedule}) and after demo
 * generation; a follow-up recomputes its own unit's current periods in the same transaction, so the station's
 * control rate moves at once.
 *
 * <p>Every period is computed in the same pass: each statement reads its source table once and keeps one column per
 * period ({@code count(*) filter (where <in period i>)}), then turns the few aggregated rows into one fact row per
 * period. The period bounds are written into the SQL as date literals from {@link Period} (dates, never user input).
 * Before this, each period was its own join, and the district took 59–74 s (docs/benchmarks.md).
 */
@Component
public class IndicatorCalculation {

    private static final Logger log = LoggerFactory.getLogger(IndicatorCalculation.class);

    /** The steps of a district recomputation, as the progress counts them. */
    static final int STEPS = 7;

    private static final String INSERT =
            "insert into familydoctor_indicator_fact (period, indicator, unit_id, unit_path, team_id, numerator,"
                    + " denominator) ";

    private final JdbcClient jdbc;
    private final KeyGroupDerivation keyGroups;
    private final Organizations organizations;
    private final RecomputeProgress progress;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate write;

    private final Clock clock;

    IndicatorCalculation(
            JdbcClient jdbc,
            KeyGroupDerivation keyGroups,
            Organizations organizations,
            RecomputeProgress progress,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.keyGroups = keyGroups;
        this.organizations = organizations;
        this.progress = progress;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.write = new TransactionTemplate(transactions);
    }

    /**
     * Re-derives key groups and recomputes every indicator of every period for the whole district, in one
     * transaction (the caller's, if there is one).
     */
    public Duration recomputeAll(LocalDate today) {
        return recompute("ALL", Period.all(today), today);
    }

    /**
     * Re-derives key groups and recomputes the open periods (R12 and the current quarter) for the whole district:
     * the nightly job. Closed quarters keep the facts they were reported with; {@link #recomputeAll} rebuilds them.
     */
    public Duration recomputeCurrent(LocalDate today) {
        return recompute("CURRENT", Period.current(today), today);
    }

    /** {@code ALL} replaces every fact; {@code CURRENT} only those of its periods. */
    private Duration recompute(String job, List<Period> periods, LocalDate today) {
        boolean parallel = !TransactionSynchronizationManager.isActualTransactionActive();
        return write.execute(status -> district(job, periods, today, parallel));
    }

    private Duration district(String job, List<Period> periods, LocalDate today, boolean parallel) {
        var started = Instant.now(clock);
        batchMemory();
        progress.start(job, STEPS);
        try {
            var aside = aside(periods, Period.rolling12(today), parallel);
            long members = timed("KEY_GROUPS", () -> keyGroups.derive(today));
            if (job.equals("ALL")) {
                jdbc.sql("delete from familydoctor_indicator_fact").update();
            } else {
                jdbc.sql("delete from familydoctor_indicator_fact where period in (:periods)")
                        .param("periods", periods.stream().map(Period::key).toList())
                        .update();
            }
            compute(periods, Period.rolling12(today), "%", aside);
            var took = Duration.between(started, Instant.now(clock));
            log.info(
                    "Family-doctor indicators recomputed ({}): {} key-group members, {} ms",
                    job,
                    members,
                    took.toMillis());
            progress.finish(took);
            return took;
        } catch (RuntimeException | InterruptedException | ExecutionException e) {
            progress.fail(e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException("indicator job failed", e);
        }
    }

    /** Recomputes the current periods for one unit's subtree. */
    @Transactional
    public void recompute(String unitPath, LocalDate today) {
        var periods = Period.current(today);
        jdbc.sql("delete from familydoctor_indicator_fact where period in (:periods) and unit_path like :scope")
                .param("periods", periods.stream().map(Period::key).toList())
                .param("scope", unitPath + "%")
                .update();
        var detail = Period.rolling12(today);
        String scope = unitPath + "%";
        for (var statement : List.of(chronic(periods, scope), renewal(periods, scope), delivery(detail, scope))) {
            jdbc.sql(INSERT + statement.select()).params(statement.params()).update();
        }
        keyGroupFacts(periods, detail, scope);
    }

    @EventListener
    void on(ManagementChanged event) {
        organizations.find(event.unitId()).ifPresent(unit -> recompute(unit.path(), LocalDate.now(clock)));
    }

    /**
     * The district jobs aggregate a few million rows in hash tables; the server default (16 MB, sized for many
     * short requests) makes them spill to disk. Only this transaction gets more.
     */
    private void batchMemory() {
        jdbc.sql("set local work_mem = '256MB'").update();
    }

    /**
     * The district statements that only read committed data (chronic care, renewal, delivery) run on a second
     * connection while this transaction derives the key groups and their coverage, which must see the members it
     * has just written. They return a few thousand aggregated rows, inserted here, so the facts still change in this
     * one transaction. On the shared 2-core machine this overlaps the two halves of the job. Not when the caller has
     * a transaction of its own (the demo generation computes inside the transaction that writes the data, which a
     * second connection would not see): then the statements run here, in turn ({@code null}).
     */
    private @Nullable Future<List<Object[]>> aside(List<Period> periods, Period detail, boolean parallel) {
        if (!parallel) {
            return null;
        }
        var executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "indicator-aside"));
        try {
            return executor.submit(() -> readOnly.execute(status -> {
                batchMemory();
                var rows = new ArrayList<Object[]>();
                for (var statement : List.of(chronic(periods, "%"), renewal(periods, "%"), delivery(detail, "%"))) {
                    var started = Instant.now(clock);
                    rows.addAll(jdbc.sql(statement.select())
                            .params(statement.params())
                            .query((rs, n) -> new Object[] {
                                rs.getString(1),
                                rs.getString(2),
                                rs.getLong(3),
                                rs.getString(4),
                                rs.getLong(5),
                                rs.getLong(6),
                                rs.getLong(7)
                            })
                            .list());
                    progress.done(statement.name(), Duration.between(started, Instant.now(clock)));
                }
                return rows;
            }));
        } finally {
            executor.shutdown();
        }
    }

    /** The key-group facts in this transaction, then the rows computed aside, inserted in one statement. */
    private void compute(List<Period> periods, Period detail, String scope, @Nullable Future<List<Object[]>> aside)
            throws InterruptedException, ExecutionException {
        keyGroupFacts(periods, detail, scope);
        if (aside == null) {
            for (var statement : List.of(chronic(periods, scope), renewal(periods, scope), delivery(detail, scope))) {
                timed(statement.name(), () -> jdbc.sql(INSERT + statement.select())
                        .params(statement.params())
                        .update());
            }
            return;
        }
        var rows = aside.get();
        var started = Instant.now(clock);
        jdbc.sql(INSERT
                        + "select * from unnest(cast(? as varchar[]), cast(? as varchar[]), cast(? as bigint[]),"
                        + " cast(? as varchar[]), cast(? as bigint[]), cast(? as bigint[]), cast(? as bigint[]))")
                .params(
                        column(rows, 0, String.class),
                        column(rows, 1, String.class),
                        column(rows, 2, Long.class),
                        column(rows, 3, String.class),
                        column(rows, 4, Long.class),
                        column(rows, 5, Long.class),
                        column(rows, 6, Long.class))
                .update();
        progress.done("INSERT", Duration.between(started, Instant.now(clock)));
    }

    private void keyGroupFacts(List<Period> periods, Period detail, String scope) {
        boolean district = scope.equals("%");
        timed("SIGNED", () -> {
            signedOnPeriodEnds(periods, scope, district);
            return 0;
        });
        timed("KEY_GROUP_COVERAGE", () -> {
            keyGroupCoverage(periods, detail, scope);
            return 0;
        });
        jdbc.sql("drop table if exists familydoctor_signed_tmp").update();
    }

    private <T> T timed(String step, java.util.function.Supplier<T> work) {
        var started = Instant.now(clock);
        var result = work.get();
        progress.done(step, Duration.between(started, Instant.now(clock)));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] column(List<Object[]> rows, int index, Class<T> type) {
        var array = (T[]) java.lang.reflect.Array.newInstance(type, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            array[i] = type.cast(rows.get(i)[index]);
        }
        return array;
    }

    /** A read-only aggregate yielding fact rows (period, indicator, unit_id, unit_path, team_id, num, den). */
    private record Statement(String name, String select, Map<String, Object> params) {}

    /**
     * 规范管理率 and 控制率 of hypertension and type 2 diabetes. The latest reading of a period is the follow-up or
     * clinician-confirmed home reading with the greatest (day, kind, id), packed into one bigint whose lowest bit is
     * “on target”, so {@code max()} finds it without sorting: day since 2000 « 40 | follow-up 1 / device 0 « 39 | id
     * « 1 | on target. A follow-up outranks a home reading of the same day (the clinician saw the patient).
     */
    private Statement chronic(List<Period> periods, String scope) {
        var first = periods.stream().map(Period::from).min(LocalDate::compareTo).orElseThrow();
        var last = periods.stream().map(Period::to).max(LocalDate::compareTo).orElseThrow();
        String followUps = each(
                periods,
                (i, p) -> "count(*) filter (where r.followup and " + in(p, "r.day") + ") as n" + i
                        + ", max(r.packed) filter (where " + in(p, "r.day") + ") as l" + i);
        String counts = each(
                periods,
                (i, p) -> "count(*) filter (where pt.registered_on <= " + lit(p.to()) + ") as m" + i
                        + ", count(*) filter (where pt.registered_on <= " + lit(p.to()) + " and v.l" + i
                        + " & 1 = 1) as c" + i
                        + ", count(*) filter (where pt.registered_on <= " + lit(p.to()) + " and coalesce(v.n" + i
                        + ", 0) >= least(4, ((" + lit(p.to()) + " - greatest(" + lit(p.from())
                        + ", pt.registered_on)) + 1) * 4 / 365)) as s" + i);
        String rows = each(
                periods,
                (i, p) -> "('" + p.key() + "', 'CONTROL', c" + i + ", m" + i + "), ('" + p.key() + "', 'STANDARD', s"
                        + i + ", m" + i + ")");
        return new Statement(
                "CHRONIC",
                """
                        with r as (
                            select f.patient_id, true as followup, f.visit_date as day,
                                   ((f.visit_date - date '2000-01-01')::bigint << 40) | (1::bigint << 39) | (f.id << 1)
                                       | f.on_target::int as packed
                            from familydoctor_followup f
                            where f.disease in ('HYPERTENSION', 'DIABETES_T2') and f.unit_path like :scope
                              and f.visit_date between :first and :last
                            union all
                            select p.id, false, d.day,
                                   ((d.day - date '2000-01-01')::bigint << 40) | (d.id << 1) | d.on_target::int
                            from (select dr.id, dr.resident_id, dr.kind, dr.on_target,
                                         (dr.measured_at at time zone cast(:zone as text))::date as day
                                  from familydoctor_device_reading dr
                                  where dr.status = 'CONFIRMED' and dr.on_target is not null and dr.unit_path like :scope) d
                            join familydoctor_chronic_patient p on p.resident_id = d.resident_id
                                 and p.disease = (case when d.kind = 'BP' then 'HYPERTENSION' else 'DIABETES_T2' end)
                            where d.day between :first and :last),
                        v as (select r.patient_id, %s from r group by r.patient_id),
                        pt as (
                            select p.id, p.disease, p.unit_id, p.unit_path, p.registered_on, coalesce(t.team_id, 0) as team_id
                            from familydoctor_chronic_patient p
                            left join lateral (
                                select c.team_id from familydoctor_contract c
                                where c.resident_id = p.resident_id and c.signed_on is not null
                                order by c.start_date desc limit 1) t on true
                            where p.disease in ('HYPERTENSION', 'DIABETES_T2') and p.status = 'ACTIVE'
                              and p.unit_path like :scope and p.registered_on <= :last),
                        g as (
                            select pt.disease, pt.unit_id, min(pt.unit_path) as unit_path, pt.team_id, %s
                            from pt left join v on v.patient_id = pt.id
                            group by pt.disease, pt.unit_id, pt.team_id)
                        select x.period, (case when g.disease = 'HYPERTENSION' then 'HTN_' else 'DM_' end) || x.code,
                               g.unit_id, g.unit_path, g.team_id, x.num, x.den
                        from g cross join lateral (values %s) x(period, code, num, den)
                        where x.den > 0
                        """
                        .formatted(followUps, counts, rows),
                Map.of(
                        "scope",
                        scope,
                        "first",
                        first,
                        "last",
                        last,
                        "zone",
                        clock.getZone().getId()));
    }

    /**
     * For each resident with a contract, a bit per period: set when a signed or renewed contract covers the period's
     * last day. Kept in a temporary table for the two coverage statements.
     */
    private void signedOnPeriodEnds(List<Period> periods, String scope, boolean district) {
        jdbc.sql("drop table if exists familydoctor_signed_tmp").update();
        String mask = each(
                periods,
                " | ",
                (i, p) -> "(case when c.start_date <= " + lit(p.to()) + " and c.end_date >= " + lit(p.to()) + " then "
                        + (1 << i) + " else 0 end)");
        jdbc.sql("create temporary table familydoctor_signed_tmp as select c.resident_id, bit_or(" + mask + ") as mask"
                        + " from familydoctor_contract c where c.status in ('SIGNED', 'RENEWED')"
                        + " and c.start_date <= :last and c.end_date >= :first"
                        + (district
                                ? ""
                                : " and c.resident_id in (select resident_id from familydoctor_person"
                                        + " where unit_path like :scope)")
                        + " group by c.resident_id")
                .param(
                        "first",
                        periods.stream()
                                .map(Period::to)
                                .min(LocalDate::compareTo)
                                .orElseThrow())
                .param(
                        "last",
                        periods.stream()
                                .map(Period::to)
                                .max(LocalDate::compareTo)
                                .orElseThrow())
                .param("scope", scope)
                .update();
        jdbc.sql("create index on familydoctor_signed_tmp (resident_id)").update();
        jdbc.sql("analyze familydoctor_signed_tmp").update();
    }

    /** Coverage of the key groups together (distinct residents), every period; per group for {@code detail} only. */
    private void keyGroupCoverage(List<Period> periods, Period detail, String scope) {
        String member =
                each(periods, " | ", (i, p) -> "(case when " + effective(p) + " then " + (1 << i) + " else 0 end)");
        String counts = each(
                periods,
                (i, p) -> "count(*) filter (where r.inmask & " + (1 << i) + " <> 0) as d" + i
                        + ", count(*) filter (where r.inmask & coalesce(s.mask, 0) & " + (1 << i) + " <> 0) as n" + i);
        String rows = each(periods, (i, p) -> "('" + p.key() + "', n" + i + ", d" + i + ")");
        jdbc.sql(INSERT
                        + """
                        with r as (
                            select k.resident_id, min(k.unit_id) as unit_id, min(k.unit_path) as unit_path, bit_or(%s) as inmask
                            from familydoctor_key_group_member k where k.unit_path like :scope group by k.resident_id),
                        g as (
                            select r.unit_id, min(r.unit_path) as unit_path, %s
                            from r left join familydoctor_signed_tmp s on s.resident_id = r.resident_id group by r.unit_id)
                        select x.period, 'KEY_GROUP_COVERAGE', g.unit_id, g.unit_path, 0, x.num, x.den
                        from g cross join lateral (values %s) x(period, num, den) where x.den > 0
                        """
                                .formatted(member, counts, rows))
                .param("scope", scope)
                .update();
        int bit = 1 << periods.indexOf(detail);
        jdbc.sql(
                        """
                        insert into familydoctor_indicator_fact (period, indicator, unit_id, unit_path, team_id, numerator, denominator)
                        select :period, 'KG_' || k.key_group, k.unit_id, min(k.unit_path), 0,
                               count(*) filter (where coalesce(s.mask, 0) & :bit <> 0), count(*)
                        from familydoctor_key_group_member k
                        left join familydoctor_signed_tmp s on s.resident_id = k.resident_id
                        where k.unit_path like :scope and %s
                        group by k.key_group, k.unit_id
                        """
                                .formatted(effective(detail)))
                .param("period", detail.key())
                .param("bit", bit)
                .param("scope", scope)
                .update();
    }

    /** Contracts ending in each period that ran to their end, and which of them were renewed. */
    private Statement renewal(List<Period> periods, String scope) {
        String counts = each(
                periods,
                (i, p) -> "count(*) filter (where " + in(p, "c.end_date") + ") as d" + i
                        + ", count(*) filter (where c.status = 'RENEWED' and " + in(p, "c.end_date") + ") as n" + i);
        String rows = each(periods, (i, p) -> "('" + p.key() + "', n" + i + ", d" + i + ")");
        return new Statement(
                "RENEWAL",
                """
                        select x.period, 'RENEWAL', g.unit_id, g.unit_path, g.team_id, x.num, x.den
                        from (
                            select t.unit_id, c.unit_path, c.team_id, %s
                            from familydoctor_contract c join familydoctor_team t on t.id = c.team_id
                            where c.status in ('SIGNED', 'RENEWED', 'EXPIRED') and c.unit_path like :scope
                              and c.end_date between :first and :last
                            group by t.unit_id, c.unit_path, c.team_id) g
                        cross join lateral (values %s) x(period, num, den)
                        where x.den > 0
                        """
                        .formatted(counts, rows),
                Map.of(
                        "scope",
                        scope,
                        "first",
                        periods.stream()
                                .map(Period::from)
                                .min(LocalDate::compareTo)
                                .orElseThrow(),
                        "last",
                        periods.stream()
                                .map(Period::to)
                                .max(LocalDate::compareTo)
                                .orElseThrow()));
    }

    /**
     * 履约率 on the period end. Promised per contract and service = ⌈times a year × elapsed days / 365⌉ in integer
     * arithmetic (elapsed capped at 365); delivered counts are capped at what was promised.
     */
    private Statement delivery(Period period, String scope) {
        return new Statement(
                "DELIVERY",
                """
                        with a as materialized (
                            select c.id, c.resident_id, c.team_id, c.unit_path, c.package_code, c.start_date,
                                   least(365, (cast(:to as date) - c.start_date) + 1) as days
                            from familydoctor_contract c
                            where c.status in ('SIGNED', 'RENEWED') and c.start_date <= :to and c.end_date >= :to
                              and c.unit_path like :scope),
                        done as (
                            select d.contract_id as id, d.service, count(*) as n
                            from familydoctor_service_delivery d
                            where d.delivered_on <= :to and d.contract_id in (select id from a)
                            group by d.contract_id, d.service
                            union all
                            select a.id, 'FOLLOW_UP', count(*)
                            from a join familydoctor_followup f on f.resident_id = a.resident_id
                                 and f.visit_date between a.start_date and :to
                            where a.package_code in (select package_code from familydoctor_package_item where service = 'FOLLOW_UP')
                            group by a.id),
                        delivered as (
                            select a.team_id, a.unit_path, sum(least((i.times_per_year * a.days + 364) / 365, done.n)) as n
                            from done join a on a.id = done.id
                            join familydoctor_package_item i on i.package_code = a.package_code and i.service = done.service
                            group by a.team_id, a.unit_path),
                        promised as (
                            select a.team_id, a.unit_path, sum((i.times_per_year * a.days + 364) / 365) as n
                            from a join familydoctor_package_item i on i.package_code = a.package_code
                            group by a.team_id, a.unit_path)
                        select cast(:period as varchar), cast('DELIVERY' as varchar), t.unit_id, p.unit_path, p.team_id,
                               coalesce(d.n, 0), p.n
                        from promised p join familydoctor_team t on t.id = p.team_id
                        left join delivered d on d.team_id = p.team_id and d.unit_path = p.unit_path
                        """,
                Map.of("period", period.key(), "to", period.to(), "scope", scope));
    }

    private static String effective(Period p) {
        return "k.effective_from <= " + lit(p.to()) + " and (k.effective_to is null or k.effective_to >= " + lit(p.to())
                + ")";
    }

    private static String in(Period p, String column) {
        return column + " between " + lit(p.from()) + " and " + lit(p.to());
    }

    private static String lit(LocalDate day) {
        return "date '" + day + "'";
    }

    private static String each(List<Period> periods, BiFunction<Integer, Period, String> sql) {
        return each(periods, ", ", sql);
    }

    /** One SQL fragment per period (i = its index, also its bit), joined. */
    private static String each(List<Period> periods, String separator, BiFunction<Integer, Period, String> sql) {
        var parts = new ArrayList<String>();
        for (int i = 0; i < periods.size(); i++) {
            parts.add(sql.apply(i, periods.get(i)));
        }
        return String.join(separator, parts);
    }
}
