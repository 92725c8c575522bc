package org.regionalhealth.surveillance.signals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.surveillance.SurveillanceProperties;
import org.regionalhealth.surveillance.detection.CountSeries;
import org.regionalhealth.surveillance.detection.DetectionPoint;
import org.regionalhealth.surveillance.detection.EssenceEwma;
import org.regionalhealth.surveillance.detection.EvaluationRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily statistical run over every aggregated series (unit × category of the school, visits, pharmacy, lab and
 * nursing-home channels): ESSENCE EWMA (CDC Rnssp {@code alert_ewma}, research §8.5: red p &lt; 0.01, yellow p &lt;
 * 0.05; the p-values are settings) on the day's value against the preceding 28 observed days. The series skip days
 * that are not observations — non-school days for the school channel (school calendar) and days of confirmed
 * clusters and outbreaks (baseline exclusions) — instead of counting them as zeros. Alarms become triggers and are
 * fused into signals. Runs every morning at 06:30 in the district's zone ({@code rhp.platform.zone}) for the previous day's data and on demand.
 */
@Service
public class DailyDetection {

    private static final Logger log = LoggerFactory.getLogger(DailyDetection.class);

    /** Calendar days read back: 28 baseline + 2 guard observed days, with room for weekends and holidays. */
    static final int LOOKBACK_DAYS = 60;

    /** Shortest series evaluated (Rnssp's minimum baseline of 11 plus the guard band and the test day). */
    static final int MIN_POINTS = 14;

    /** Smallest count that may alarm: single units on tiny counts are noise, not signals (our setting). */
    static final int MIN_COUNT = 3;

    static final String DETECTOR = "ESSENCE EWMA（CDC Rnssp alert_ewma，B=28，g=2）";

    private final JdbcClient jdbc;
    private final Signals signals;
    private final Organizations organizations;
    private final SurveillanceProperties properties;
    private final SchoolCalendar calendar = SchoolCalendar.bundled();
    private final EssenceEwma ewma;
    private final MpmPresets presets = MpmPresets.bundled();

    private final Clock clock;

    DailyDetection(
            JdbcClient jdbc,
            Signals signals,
            Organizations organizations,
            SurveillanceProperties properties,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.signals = signals;
        this.organizations = organizations;
        this.properties = properties;
        this.ewma = new EssenceEwma(28, 2, 0.4, 0.9, properties.yellowP());
    }

    /** A statistical alarm on one series. */
    public record Alarm(
            String channel,
            long unitId,
            String unitPath,
            String townCode,
            String category,
            LocalDate day,
            double observed,
            double expected,
            double upperbound,
            double pvalue,
            boolean red) {}

    /** What a run did. */
    public record Run(LocalDate day, int series, int evaluated, int alarms, int signals, long millis) {}

    @Scheduled(cron = "0 30 6 * * *", zone = "${rhp.platform.zone:Asia/Shanghai}")
    @SchedulerLock(name = "surveillance.daily-detection", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void everyMorning() {
        Run run = run(LocalDate.now(clock).minusDays(1), Instant.now(clock), false);
        log.info("Daily detection for {}: {}", run.day(), run);
    }

    /** Evaluates every series on {@code day} and raises its alarms as signals. */
    @Transactional
    public Run run(LocalDate day, Instant now, boolean simulated) {
        return run(day, load(day.minusDays(LOOKBACK_DAYS), day), now, simulated);
    }

    /** Evaluates and raises over preloaded series. */
    @Transactional
    public Run run(LocalDate day, SeriesData data, Instant now, boolean simulated) {
        long started = System.nanoTime();
        int[] counts = new int[2];
        List<Alarm> alarms = alarms(day, data, counts);
        List<Trigger> diseaseTriggers = movingPercentile(day);
        Set<Long> raised = new HashSet<>();
        Map<Long, Unit> units = new HashMap<>();
        for (Alarm a : alarms) {
            Unit unit = units.computeIfAbsent(
                    a.unitId(), id -> organizations.find(id).orElseThrow());
            raised.add(signals.raise(
                    new Trigger(
                            a.channel(),
                            "statistical",
                            "essence-ewma",
                            DETECTOR,
                            a.red() ? "red" : "yellow",
                            "unit:" + a.unitId(),
                            unit.name(),
                            a.unitPath(),
                            a.townCode(),
                            a.category(),
                            a.day(),
                            a.observed(),
                            a.expected(),
                            a.upperbound(),
                            a.pvalue(),
                            List.of(),
                            "指数加权移动平均告警（美国疾控中心症候群监测方法）",
                            properties.statisticalSlaHours()),
                    now,
                    simulated));
        }
        return new Run(
                day, counts[0], counts[1], alarms.size(), raised.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * CIDARS's temporal model on notifiable case reports (research §1.2, §8.2): per disease, district-wide, daily
     * 7-day sums by onset date against the same period ±2 periods in each of the previous three years, with the
     * disease's percentile preset ({@code mpm-presets.yaml}). Runs only for diseases with three years and five weeks
     * of reports (earlier the baseline would be zeros, not history). Case events of confirmed outbreaks leave the
     * baseline years; the signal is placed in the town with most cases in the current window.
     */
    public List<Trigger> movingPercentile(LocalDate day) {
        int span = 3 * 365 + 3 * 7 + 7;
        LocalDate from = day.minusDays(span);
        Map<String, LocalDate> firstReport = new HashMap<>();
        jdbc.sql("select category, min(event_date) from surveillance_case_event where channel = 'case_report'"
                        + " group by category")
                .query(rs -> {
                    firstReport.put(rs.getString(1), rs.getObject(2, LocalDate.class));
                });
        Map<String, double[]> byDisease = new HashMap<>();
        Map<String, Map<String, Integer>> recentTowns = new HashMap<>();
        jdbc.sql(
                        """
                        select category, event_date, town_code, count(distinct person_key)
                        from surveillance_case_event
                        where channel = 'case_report' and event_date between ? and ?
                            and (excluded_by_signal is null or event_date > ?)
                        group by category, event_date, town_code""")
                .params(from, day, day.minusDays(7))
                .query(rs -> {
                    String disease = rs.getString(1);
                    LocalDate d = rs.getObject(2, LocalDate.class);
                    int n = rs.getInt(4);
                    byDisease
                            .computeIfAbsent(disease, k -> new double[span + 1])[
                            (int) ChronoUnit.DAYS.between(from, d)] += n;
                    if (d.isAfter(day.minusDays(7))) {
                        recentTowns
                                .computeIfAbsent(disease, k -> new HashMap<>())
                                .merge(rs.getString(3), n, Integer::sum);
                    }
                });
        List<LocalDate> dates = new ArrayList<>(span + 1);
        for (int i = 0; i <= span; i++) {
            dates.add(from.plusDays(i));
        }
        List<Trigger> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : byDisease.entrySet()) {
            String disease = e.getKey();
            if (firstReport.get(disease).isAfter(from) || !recentTowns.containsKey(disease)) {
                continue;
            }
            MpmPresets.Preset preset = presets.of(disease);
            DetectionPoint p = org.regionalhealth.surveillance.detection.MovingPercentile.cidarsDaily(
                            preset.percentile())
                    .detect(CountSeries.dated(365, dates, e.getValue()), EvaluationRange.of(span + 1, span + 1))
                    .points()
                    .get(0);
            if (!Boolean.TRUE.equals(p.alarm())) {
                continue;
            }
            String town = recentTowns.get(disease).entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow()
                    .getKey();
            out.add(new Trigger(
                    "case_report",
                    "statistical",
                    "cidars-mpm-" + preset.label(),
                    "CIDARS 移动百分位数法 " + preset.label() + "（全区，7 天发病数）",
                    "red",
                    "county:" + disease,
                    "萧山区（全区）",
                    organizations.root().path(),
                    town,
                    disease,
                    day,
                    p.observed() == null ? 0 : p.observed(),
                    p.expected(),
                    p.upperbound() == null ? 0 : p.upperbound(),
                    null,
                    List.of(),
                    preset.source(),
                    properties.statisticalSlaHours()));
        }
        return out;
    }

    private record Key(String channel, long unitId, String category) {}

    private record Exclusion(String channel, Long unitId, String town, String category, LocalDate from, LocalDate to) {
        boolean covers(Key k, String townCode, LocalDate d) {
            return channel.equals(k.channel())
                    && category.equals(k.category())
                    && town.equals(townCode)
                    && (unitId == null || unitId == k.unitId())
                    && !d.isBefore(from)
                    && !d.isAfter(to);
        }
    }

    /**
     * Every aggregated series over {@code [from, to]} in memory: the daily run loads its look-back window, the demo
     * simulator and the benchmark load a whole year once and evaluate it day by day.
     */
    public static final class SeriesData {
        final LocalDate from;
        final int width;
        final Map<Key, double[]> values = new HashMap<>();
        final Map<Key, String[]> meta = new HashMap<>();
        final Map<Long, boolean[]> schoolDaysObserved = new HashMap<>();
        final Map<Key, Integer> firstReport = new HashMap<>();

        SeriesData(LocalDate from, LocalDate to) {
            this.from = from;
            this.width = (int) ChronoUnit.DAYS.between(from, to) + 1;
        }

        public int series() {
            return values.size();
        }
    }

    /** Loads the series over {@code [from, to]}. */
    public SeriesData load(LocalDate from, LocalDate to) {
        SeriesData data = new SeriesData(from, to);
        jdbc.sql(
                        """
                        select channel, unit_id, unit_path, town_code, category, day, count
                        from surveillance_daily_count where day between ? and ?""")
                .params(from, to)
                .query(rs -> {
                    Key k = new Key(rs.getString(1), rs.getLong(2), rs.getString(5));
                    int i = (int) ChronoUnit.DAYS.between(from, rs.getObject(6, LocalDate.class));
                    double[] v = data.values.computeIfAbsent(k, x -> new double[data.width]);
                    v[i] = rs.getInt(7);
                    data.meta.putIfAbsent(k, new String[] {rs.getString(3), rs.getString(4)});
                    data.firstReport.merge(k, i, Math::min);
                    if ("school".equals(k.channel())) {
                        data.schoolDaysObserved.computeIfAbsent(k.unitId(), x -> new boolean[data.width])[i] = true;
                    }
                });
        return data;
    }

    private List<Exclusion> exclusions(LocalDate from) {
        return jdbc.sql(
                        """
                        select channel, unit_id, town_code, category, from_day, to_day
                        from surveillance_baseline_exclusion where to_day >= ?""")
                .param(from)
                .query((rs, n) -> new Exclusion(
                        rs.getString(1),
                        (Long) rs.getObject(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** The alarms of {@code day} without raising them ({@code counts}: series seen, series evaluated). */
    public List<Alarm> alarms(LocalDate day, int[] counts) {
        return alarms(day, load(day.minusDays(LOOKBACK_DAYS), day), counts);
    }

    /** The alarms of {@code day} over preloaded series (which must cover the day). */
    public List<Alarm> alarms(LocalDate day, SeriesData data, int[] counts) {
        int last = (int) ChronoUnit.DAYS.between(data.from, day);
        int first = Math.max(0, last - LOOKBACK_DAYS);
        List<Exclusion> exclusions = exclusions(day.minusDays(LOOKBACK_DAYS));
        List<Alarm> out = new ArrayList<>();
        counts[0] = data.values.size();
        double[] series = new double[LOOKBACK_DAYS + 1];
        for (Map.Entry<Key, double[]> e : data.values.entrySet()) {
            Key k = e.getKey();
            double[] v = e.getValue();
            if (v[last] < MIN_COUNT) {
                continue;
            }
            String[] m = data.meta.get(k);
            boolean school = "school".equals(k.channel());
            boolean[] observed = school ? data.schoolDaysObserved.get(k.unitId()) : null;
            List<Exclusion> relevant = exclusions.isEmpty()
                    ? List.of()
                    : exclusions.stream()
                            .filter(x -> x.channel().equals(k.channel())
                                    && x.category().equals(k.category()))
                            .toList();
            int n = 0;
            for (int i = Math.max(first, data.firstReport.get(k)); i <= last; i++) {
                LocalDate d = data.from.plusDays(i);
                if (i != last) {
                    if (school && (observed == null || !observed[i] || !calendar.isSchoolDay(d))) {
                        continue;
                    }
                    boolean excluded = false;
                    for (Exclusion x : relevant) {
                        if (x.covers(k, m[1], d)) {
                            excluded = true;
                            break;
                        }
                    }
                    if (excluded) {
                        continue;
                    }
                }
                series[n++] = v[i];
            }
            if (n < MIN_POINTS) {
                continue;
            }
            counts[1]++;
            double[] y = java.util.Arrays.copyOf(series, n);
            DetectionPoint p = ewma.detect(CountSeries.indexed(365, y), EvaluationRange.of(n, n))
                    .points()
                    .get(0);
            if (p.pvalue() == null || p.pvalue() >= properties.yellowP()) {
                continue;
            }
            out.add(new Alarm(
                    k.channel(),
                    k.unitId(),
                    m[0],
                    m[1],
                    k.category(),
                    day,
                    y[n - 1],
                    p.expected() == null ? Double.NaN : p.expected(),
                    p.upperbound() == null ? Double.NaN : p.upperbound(),
                    p.pvalue(),
                    p.pvalue() < properties.redP()));
        }
        return out;
    }
}
