package org.regionalhealth.reviewcenter.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.StaffMember;
import org.regionalhealth.org.Unit;
import org.regionalhealth.platform.ActorNames;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.PlatformException;
import org.springframework.stereotype.Service;

/**
 * One supervision view: a unit the user's scope covers (district → medical community → institution), optionally one
 * department of an institution (→ doctors), over a period; with its totals, one row per unit, department or doctor
 * below it, the top problems and override rates per rule, the pharmacists' workload and the trend. Page, Excel
 * export and API all read this, so they always agree.
 */
@Service
public class SupervisionReport {

    private final SupervisionQueries queries;
    private final Organizations organizations;
    private final Clock clock;
    private final ActorNames actors;
    private final Map<Long, String> staffNames = new java.util.concurrent.ConcurrentHashMap<>();

    SupervisionReport(SupervisionQueries queries, Organizations organizations, ActorNames actors, Clock clock) {
        this.actors = actors;
        this.clock = clock;
        this.queries = queries;
        this.organizations = organizations;
    }

    /** The period choices: today, 7 days, 30 days, 365 days (all ending today). */
    public enum PeriodChoice {
        D(1, "今日", "Today"),
        W(7, "近7天", "Last 7 days"),
        M(30, "近30天", "Last 30 days"),
        Y(365, "近一年", "Last 365 days");

        private final int days;
        private final String labelZh;
        private final String labelEn;

        PeriodChoice(int days, String labelZh, String labelEn) {
            this.days = days;
            this.labelZh = labelZh;
            this.labelEn = labelEn;
        }

        public String labelZh() {
            return labelZh;
        }

        public String labelEn() {
            return labelEn;
        }

        public SupervisionQueries.Period period(LocalDate today) {
            return new SupervisionQueries.Period(today.minusDays(days - 1L), today);
        }

        static PeriodChoice parse(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return Y;
            }
            try {
                return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw PlatformException.invalidField("PERIOD_UNKNOWN", "period", "统计期只能是 D、W、M 或 Y");
            }
        }
    }

    /** A row of the main table; {@code unitId}/{@code department} say where a click drills down to. */
    public record Row(
            String key,
            String name,
            @Nullable Long unitId,
            @Nullable String department,
            boolean departments,
            Counts counts) {}

    public record Report(
            Unit unit,
            @Nullable String department,
            boolean departments,
            PeriodChoice choice,
            SupervisionQueries.Period period,
            Counts totals,
            List<Row> rows,
            List<SupervisionQueries.RuleRow> rules,
            List<SupervisionQueries.PharmacistRow> pharmacists,
            List<SupervisionQueries.Group> trend,
            boolean canGoUp) {

        public List<SupervisionQueries.RuleRow> noisyRules(int minimumAnswers) {
            return rules.stream()
                    .filter(r -> r.decisions() + r.cdsFeedback() >= minimumAnswers)
                    .filter(r -> r.overrideRate().percent() != null
                            && r.overrideRate().percent() > 90.0)
                    .toList();
        }
    }

    public Report report(
            CurrentUser user,
            @Nullable Long unitId,
            @Nullable String department,
            boolean departments,
            @Nullable String period) {
        DataScope scope = user.scope();
        if (scope.isResidentOnly()) {
            throw PlatformException.forbidden("SUPERVISION_FORBIDDEN", "无权查看审方监管指标");
        }
        Unit unit = organizations
                .find(unitId == null ? scope.unitId() : unitId)
                .filter(u -> scope.covers(u.path()))
                // out of scope reads as absent: a pharmacist learns nothing about another medical community
                .orElseThrow(() -> PlatformException.notFound("SUPERVISION_UNIT_NOT_FOUND", "机构不存在或不在权限范围内"));
        PeriodChoice choice = PeriodChoice.parse(period);
        var p = choice.period(LocalDate.now(queriesZone()));
        DataScope unitScope = new DataScope(unit.id(), unit.path(), java.util.Optional.empty());
        // the three independent scans (rows and trend, rules, pharmacists) run side by side: the page waits for the
        // slowest, not for their sum (issue 4: a year of the district in under 1 s)
        boolean districtWide = unit.parentId() == null;
        var rules = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> queries.rules(unitScope, p, districtWide), PARALLEL);
        var pharmacists =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> queries.pharmacists(unitScope, p), PARALLEL);
        Counts totals;
        List<SupervisionQueries.Group> trend = null;
        List<Row> rows = new ArrayList<>();
        if (department != null && !department.isBlank()) {
            Map<Long, String> names = new HashMap<>();
            organizations.staffOf(unit.id()).forEach(s -> names.put(s.id(), s.name()));
            for (var g : queries.byDoctor(unit.path(), unit.id(), department, p)) {
                long staffId = Long.parseLong(g.key());
                String name = names.computeIfAbsent(
                        staffId,
                        id -> organizations.staff(id).map(StaffMember::name).orElse("医师 " + id));
                rows.add(new Row(g.key(), name, null, null, false, g.counts()));
            }
            totals = sum(rows);
        } else if (departments) {
            for (var g : queries.byDepartment(unit.path(), unit.id(), p)) {
                String name = g.key().isEmpty() ? "（未填科室）" : g.key();
                rows.add(new Row(g.key(), name, unit.id(), g.key(), false, g.counts()));
            }
            totals = sum(rows);
        } else {
            var cells = queries.byChildAndBucket(unit.path(), p);
            Map<String, Counts> byChild = new java.util.LinkedHashMap<>();
            java.util.TreeMap<String, Counts> byBucket = new java.util.TreeMap<>();
            Counts all = SupervisionQueries.zero();
            for (var c : cells) {
                byChild.merge(c.child(), c.counts(), Counts::plus);
                byBucket.merge(c.bucket(), c.counts(), Counts::plus);
                all = all.plus(c.counts());
            }
            for (var e : byChild.entrySet()) {
                if (e.getKey().equals("self")) {
                    rows.add(new Row("self", unit.name() + "（本机构）", unit.id(), null, true, e.getValue()));
                } else {
                    long childId = Long.parseLong(e.getKey());
                    String name = organizations.find(childId).map(Unit::name).orElse(e.getKey());
                    rows.add(new Row(e.getKey(), name, childId, null, false, e.getValue()));
                }
            }
            rows.sort((a, b) ->
                    Long.compare(b.counts().prescriptions(), a.counts().prescriptions()));
            totals = all;
            trend = byBucket.entrySet().stream()
                    .map(e -> new SupervisionQueries.Group(e.getKey(), e.getValue()))
                    .toList();
        }
        return new Report(
                unit,
                department,
                departments,
                choice,
                p,
                totals,
                rows,
                join(rules),
                join(pharmacists).stream().map(this::named).toList(),
                trend != null ? trend : queries.trend(unitScope.likePattern(), p),
                unit.id() != scope.unitId() && unit.parentId() != null);
    }

    private static final java.util.concurrent.ExecutorService PARALLEL =
            java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "supervision-query");
                t.setDaemon(true);
                return t;
            });

    private static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Demo pharmacists without an account act as {@code staff:<id>}; show their names. */
    private SupervisionQueries.PharmacistRow named(SupervisionQueries.PharmacistRow row) {
        if (!row.pharmacist().startsWith("staff:")) {
            // a pharmacist with an account: their display name, never the login name
            return new SupervisionQueries.PharmacistRow(
                    actors.of(row.pharmacist()),
                    row.decided(),
                    row.approved(),
                    row.returned(),
                    row.breached(),
                    row.averageHandlingSeconds(),
                    row.averageWaitSeconds());
        }
        try {
            long id = Long.parseLong(row.pharmacist().substring("staff:".length()));
            // staff names hardly change: cached, so a district report does not look up a hundred pharmacists
            String name = staffNames.computeIfAbsent(
                    id, k -> organizations.staff(k).map(StaffMember::name).orElse(row.pharmacist()));
            return new SupervisionQueries.PharmacistRow(
                    name,
                    row.decided(),
                    row.approved(),
                    row.returned(),
                    row.breached(),
                    row.averageHandlingSeconds(),
                    row.averageWaitSeconds());
        } catch (NumberFormatException e) {
            return row;
        }
    }

    private java.time.ZoneId queriesZone() {
        return clock.getZone();
    }

    private static Counts sum(List<Row> rows) {
        long[] s = new long[12];
        for (Row r : rows) {
            Counts c = r.counts();
            long[] v = {
                c.prescriptions(),
                c.screened(),
                c.flagged(),
                c.queued(),
                c.reviewed(),
                c.approved(),
                c.returned(),
                c.timeouts(),
                c.breached(),
                c.signatureRequests(),
                c.doubleSigned(),
                c.modifiedAfterReturn()
            };
            for (int i = 0; i < s.length; i++) {
                s[i] += v[i];
            }
        }
        return new Counts(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9], s[10], s[11]);
    }
}
