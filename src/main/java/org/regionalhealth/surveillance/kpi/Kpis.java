package org.regionalhealth.surveillance.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.surveillance.signals.Explanation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Response and outcome KPIs of the signals generated in a period (research §7): response rate (verified / all),
 * median and P25–P75 time to first response (acknowledged − generated), share acknowledged within the clock,
 * suspected-event rate, and cluster-to-outbreak conversion (clusters followed by an outbreak or public-health event in
 * the same town and syndrome group within 14 days / all clusters) — overall, by town and by channel.
 */
@Service
public class Kpis {

    /** Days after a cluster within which an outbreak counts as its conversion (research §7). */
    static final int CONVERSION_DAYS = 14;

    private final JdbcClient jdbc;
    private final Organizations organizations;

    Kpis(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /** One row of the KPI table. Rates are fractions; hours are null when nothing was acknowledged. */
    public record Row(
            String key,
            String label,
            int signals,
            int acknowledged,
            int verified,
            double responseRate,
            @Nullable Double medianHours,
            @Nullable Double p25Hours,
            @Nullable Double p75Hours,
            double withinClock,
            double suspectedRate,
            int clusters,
            int converted,
            @Nullable Double conversion) {}

    public record Report(LocalDate from, LocalDate to, Row overall, List<Row> byTown, List<Row> byChannel) {}

    private record Sig(
            long id,
            String town,
            String syndrome,
            Instant generated,
            @Nullable Instant acknowledged,
            @Nullable Instant verified,
            @Nullable String verification,
            @Nullable String outcome,
            int slaHours,
            LocalDate lastDay,
            List<String> channels) {}

    public Report report(DataScope scope, LocalDate from, LocalDate to) {
        List<Sig> signals = jdbc.sql(
                        """
                        select s.id, s.town_code, s.syndrome, s.generated_at, s.acknowledged_at, s.verified_at,
                            s.verification, s.outcome, s.sla_hours, s.last_day,
                            (select string_agg(distinct t.channel, ',') from surveillance_signal_trigger t
                             where t.signal_id = s.id) as channels
                        from surveillance_signal s
                        where s.unit_path like ? and s.first_day between ? and ?
                        order by s.id""")
                .params(scope.likePattern(), from, to)
                .query((rs, n) -> new Sig(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getInt(9),
                        rs.getObject(10, LocalDate.class),
                        rs.getString(11) == null
                                ? List.of()
                                : Arrays.asList(rs.getString(11).split(","))))
                .list();
        Map<String, List<Sig>> byTown = new TreeMap<>();
        Map<String, List<Sig>> byChannel = new TreeMap<>();
        for (Sig s : signals) {
            byTown.computeIfAbsent(s.town(), k -> new ArrayList<>()).add(s);
            s.channels()
                    .forEach(c ->
                            byChannel.computeIfAbsent(c, k -> new ArrayList<>()).add(s));
        }
        List<Row> towns = new ArrayList<>();
        byTown.forEach((town, list) -> towns.add(
                row(town, organizations.division(town).map(Division::name).orElse(town), list, signals)));
        List<Row> channels = new ArrayList<>();
        byChannel.forEach(
                (channel, list) -> channels.add(row(channel, Explanation.channelLabel(channel), list, signals)));
        return new Report(from, to, row("all", "全区", signals, signals), towns, channels);
    }

    private static Row row(String key, String label, List<Sig> list, Collection<Sig> all) {
        int n = list.size();
        List<Double> hours = new ArrayList<>();
        int within = 0;
        int verified = 0;
        int suspected = 0;
        int clusters = 0;
        int converted = 0;
        for (Sig s : list) {
            if (s.acknowledged() != null) {
                double h = Duration.between(s.generated(), s.acknowledged()).toSeconds() / 3600.0;
                hours.add(h);
                if (h <= s.slaHours()) {
                    within++;
                }
            }
            if (s.verified() != null) {
                verified++;
            }
            if ("suspected".equals(s.verification())) {
                suspected++;
            }
            if ("cluster".equals(s.outcome())) {
                clusters++;
                if (all.stream()
                        .anyMatch(o -> o.id() != s.id()
                                && o.town().equals(s.town())
                                && o.syndrome().equals(s.syndrome())
                                && ("outbreak".equals(o.outcome()) || "phe".equals(o.outcome()))
                                && !o.lastDay().isBefore(s.lastDay())
                                && !o.lastDay().isAfter(s.lastDay().plusDays(CONVERSION_DAYS)))) {
                    converted++;
                }
            }
        }
        hours.sort(null);
        return new Row(
                key,
                label,
                n,
                hours.size(),
                verified,
                n == 0 ? 0 : verified / (double) n,
                percentile(hours, 0.5),
                percentile(hours, 0.25),
                percentile(hours, 0.75),
                n == 0 ? 0 : within / (double) n,
                n == 0 ? 0 : suspected / (double) n,
                clusters,
                converted,
                clusters == 0 ? null : converted / (double) clusters);
    }

    /** R type 7 / Excel PERCENTILE.INC (research §8 conventions) over sorted values. */
    static @Nullable Double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        double h = (sorted.size() - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.size() - 1);
        return sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo));
    }

    /** The highest open grade per town, for the map. */
    public Map<String, String> openGradeByTown(DataScope scope) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql(
                        """
                        select town_code, min(case grade when 'red' then 0 when 'orange' then 1 when 'yellow' then 2
                            else 3 end) from surveillance_signal where closed_at is null and unit_path like ?
                        group by town_code""")
                .param(scope.likePattern())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .forEach(e -> out.put(e.getKey(), new String[] {"red", "orange", "yellow", "blue"}[e.getValue()]));
        return out;
    }

    /** Daily totals per channel over the last days, for the charts. */
    public Map<String, Map<LocalDate, Long>> dailyTotals(DataScope scope, LocalDate from, LocalDate to) {
        Map<String, Map<LocalDate, Long>> out = new TreeMap<>();
        jdbc.sql(
                        """
                        select channel, day, sum(count) from surveillance_daily_count
                        where unit_path like ? and day between ? and ? and category <> 'absence'
                        group by channel, day
                        union all
                        select 'case_report', event_date, count(distinct person_key) from surveillance_case_event
                        where channel = 'case_report' and unit_path like ? and event_date between ? and ?
                        group by event_date
                        order by 1, 2""")
                .params(scope.likePattern(), from, to, scope.likePattern(), from, to)
                .query((rs, n) -> {
                    out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .put(rs.getObject(2, LocalDate.class), rs.getLong(3));
                    return 0;
                })
                .list();
        return out;
    }

    /** The demo simulator's report against its injected truth, if a simulation ran. */
    public java.util.Optional<String> simulationReport() {
        return jdbc.sql("select report from surveillance_sim_run order by id desc limit 1")
                .query(String.class)
                .optional();
    }

    /** The injected truth, for the demo page (kept apart from detection). */
    public List<Map<String, Object>> simulationTruth() {
        return jdbc.sql(
                        """
                        select kind, channels, town_code, syndrome, unit_label, start_day, end_day, cases
                        from surveillance_sim_truth order by start_day""")
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("kind", "cluster".equals(rs.getString(1)) ? "聚集" : "暴发");
                    m.put(
                            "channels",
                            java.util.Arrays.stream(rs.getString(2).split(","))
                                    .map(String::trim)
                                    .map(org.regionalhealth.surveillance.signals.Explanation::channelLabel)
                                    .collect(java.util.stream.Collectors.joining("、")));
                    m.put(
                            "town",
                            organizations
                                    .division(rs.getString(3))
                                    .map(Division::name)
                                    .orElse(rs.getString(3)));
                    m.put("syndrome", org.regionalhealth.surveillance.signals.Syndromes.label(rs.getString(4)));
                    m.put("unit", rs.getString(5));
                    m.put("start", rs.getObject(6, LocalDate.class));
                    m.put("end", rs.getObject(7, LocalDate.class));
                    m.put("cases", rs.getInt(8));
                    return m;
                })
                .list();
    }
}
