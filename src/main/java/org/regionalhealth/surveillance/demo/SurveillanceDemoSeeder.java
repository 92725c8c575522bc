package org.regionalhealth.surveillance.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.regionalhealth.surveillance.SurveillanceProperties;
import org.regionalhealth.surveillance.response.SignalHandling;
import org.regionalhealth.surveillance.schoolcheck.ClassCheck;
import org.regionalhealth.surveillance.schoolcheck.SchoolChecks;
import org.regionalhealth.surveillance.schoolcheck.SchoolStage;
import org.regionalhealth.surveillance.signals.DailyDetection;
import org.regionalhealth.surveillance.signals.SchoolCalendar;
import org.regionalhealth.surveillance.signals.Syndromes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo year (profile {@code demo}, once into an empty database, after the demo district): seeded background
 * counts for every channel — school sick absence and symptoms on school days, pharmacy sales, fever-clinic and
 * emergency visits, laboratory positives, nursing homes — with injected class clusters (through the school-check
 * ingest, so the rules fire as they would live) and town outbreaks seen by pharmacies and clinics at once. The truth
 * goes to {@code surveillance_sim_truth}, which nothing in detection reads. Detection then runs day by day, older
 * signals are handled as a CDC would (acknowledge, verify, investigate, close — outcome from the truth), the last
 * days' signals stay open for the {@code cdc} account, and a report compares signals with the truth.
 *
 * <p>The town of the first school (the demo school nurse's) is left out, so her own entries start fresh signals.
 */
@Component
@ConditionalOnProperty(name = "rhp.demo.enabled", havingValue = "true")
class SurveillanceDemoSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(SurveillanceDemoSeeder.class);
    private static final String ACTOR = SignalHandling.SYSTEM_ACTOR + "demo-simulator";

    private final SurveillanceProperties properties;
    private final Organizations organizations;
    private final SchoolChecks schoolChecks;
    private final DailyDetection detection;
    private final SignalHandling handling;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SchoolCalendar calendar = SchoolCalendar.bundled();

    SurveillanceDemoSeeder(
            SurveillanceProperties properties,
            Organizations organizations,
            SchoolChecks schoolChecks,
            DailyDetection detection,
            SignalHandling handling,
            JdbcClient jdbc,
            JdbcTemplate template,
            TransactionTemplate transactions,
            Clock clock) {
        this.properties = properties;
        this.organizations = organizations;
        this.schoolChecks = schoolChecks;
        this.detection = detection;
        this.handling = handling;
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void seed(DemoSettings settings) {
        var sim = properties.simulation();
        if (!sim.enabled()) {
            return;
        }
        boolean done = jdbc.sql("select exists(select 1 from surveillance_sim_run)")
                .query(Boolean.class)
                .single();
        if (done || units(UnitType.SCHOOL).isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> simulate(LocalDate.now(clock)));
    }

    /** One injected episode (the truth). */
    record Episode(
            String kind,
            String channels,
            String town,
            String syndrome,
            String unitLabel,
            LocalDate start,
            LocalDate end,
            int cases) {}

    /** A class cluster to enter through the school-check ingest. */
    private record ClassDay(
            Unit school, LocalDate day, int grade, String className, int pupils, List<String> symptoms) {}

    private static final List<List<String>> CLUSTER_SYMPTOMS =
            List.of(List.of("fever", "cough"), List.of("diarrhoea", "vomiting"), List.of("rash", "fever"));

    void simulate(LocalDate today) {
        var sim = properties.simulation();
        long started = System.currentTimeMillis();
        SplittableRandom random = new SplittableRandom(sim.seed());
        LocalDate last = today.minusDays(1);
        LocalDate first = last.minusDays(sim.days() - 1);
        List<Unit> allSchools = units(UnitType.SCHOOL);
        String quietTown = town(allSchools.get(0));
        List<Unit> schools = pick(allSchools, quietTown, sim.schools());
        List<Unit> pharmacies = pick(units(UnitType.PHARMACY), quietTown, sim.pharmacies());
        List<Unit> clinics = new ArrayList<>(pick(units(UnitType.HOSPITAL), quietTown, 100));
        clinics.addAll(pick(units(UnitType.HEALTH_CENTRE), quietTown, 100));
        List<Unit> homes = pick(units(UnitType.NURSING_HOME), quietTown, 10);

        // background: series[channel|unit|category] -> counts by day index
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Unit> unitOf = new TreeMap<>();
        int days = sim.days();
        for (Unit school : schools) {
            for (int i = 0; i < days; i++) {
                LocalDate d = first.plusDays(i);
                if (!calendar.isSchoolDay(d)) {
                    continue;
                }
                double season = season(d);
                add(counts, unitOf, "school", school, "absence", days, i, poisson(random, 5 * season));
                add(counts, unitOf, "school", school, "fever", days, i, poisson(random, 1.6 * season));
                add(counts, unitOf, "school", school, "cough", days, i, poisson(random, 1.4 * season));
                add(counts, unitOf, "school", school, "diarrhoea", days, i, poisson(random, 0.4));
                add(counts, unitOf, "school", school, "vomiting", days, i, poisson(random, 0.3));
                add(counts, unitOf, "school", school, "rash", days, i, poisson(random, 0.2));
            }
        }
        for (Unit p : pharmacies) {
            for (int i = 0; i < days; i++) {
                LocalDate d = first.plusDays(i);
                double weekday = d.getDayOfWeek().getValue() >= 6 ? 1.25 : 1.0;
                add(counts, unitOf, "pharmacy", p, "antipyretic", days, i, poisson(random, 12 * weekday * season(d)));
                add(counts, unitOf, "pharmacy", p, "cough_medicine", days, i, poisson(random, 9 * weekday * season(d)));
                add(counts, unitOf, "pharmacy", p, "antidiarrhoeal", days, i, poisson(random, 5 * weekday));
            }
        }
        for (Unit c : clinics) {
            double size = c.type() == UnitType.HOSPITAL ? 3 : 1;
            for (int i = 0; i < days; i++) {
                LocalDate d = first.plusDays(i);
                add(counts, unitOf, "visits", c, "ili", days, i, poisson(random, 8 * size * season(d)));
                add(counts, unitOf, "visits", c, "fever", days, i, poisson(random, 10 * size * season(d)));
                add(counts, unitOf, "visits", c, "diarrhoea", days, i, poisson(random, 4 * size));
                add(counts, unitOf, "lab", c, "influenza", days, i, poisson(random, 1.5 * size * season(d)));
                add(counts, unitOf, "lab", c, "norovirus", days, i, poisson(random, 0.4 * size));
            }
        }
        for (Unit h : homes) {
            for (int i = 0; i < days; i++) {
                add(
                        counts,
                        unitOf,
                        "nursing_home",
                        h,
                        "ili",
                        days,
                        i,
                        poisson(random, 0.6 * season(first.plusDays(i))));
                add(counts, unitOf, "nursing_home", h, "diarrhoea", days, i, poisson(random, 0.3));
            }
        }

        // injected episodes: alternately a class cluster and a town outbreak across pharmacies and clinics
        List<Episode> truth = new ArrayList<>();
        List<ClassDay> classDays = new ArrayList<>();
        int earliest = Math.min(21, days - 3);
        for (int e = 0; e < sim.episodes(); e++) {
            int startIndex = earliest + random.nextInt(Math.max(1, days - 2 - earliest));
            LocalDate start = first.plusDays(startIndex);
            if (e % 2 == 0) {
                Unit school = schools.get(random.nextInt(schools.size()));
                List<String> symptoms = CLUSTER_SYMPTOMS.get(random.nextInt(CLUSTER_SYMPTOMS.size()));
                var offered = List.copyOf(SchoolStage.of(school.name()).grades().keySet());
                int grade = offered.get(random.nextInt(offered.size()));
                String className = (1 + random.nextInt(8)) + "班";
                int length = 2 + random.nextInt(2);
                int cases = 0;
                for (int k = 0; k < length && startIndex + k < days; k++) {
                    int pupils = 3 + random.nextInt(3);
                    cases += pupils;
                    classDays.add(new ClassDay(school, start.plusDays(k), grade, className, pupils, symptoms));
                }
                truth.add(new Episode(
                        "cluster",
                        "school",
                        town(school),
                        Syndromes.of(symptoms.get(0)),
                        school.name() + " " + SchoolStage.label(grade) + className,
                        start,
                        start.plusDays(length - 1),
                        cases));
            } else {
                Unit anchor = pharmacies.get(random.nextInt(pharmacies.size()));
                String town = town(anchor);
                boolean respiratory = random.nextBoolean();
                int length = 5 + random.nextInt(4);
                int cases = 0;
                for (int k = 0; k < length && startIndex + k < days; k++) {
                    double curve = Math.sin(Math.PI * (k + 1) / (length + 1));
                    for (Unit p : pharmacies) {
                        if (town(p).equals(town)) {
                            int extra = (int) Math.round(curve * (respiratory ? 30 : 18));
                            add(
                                    counts,
                                    unitOf,
                                    "pharmacy",
                                    p,
                                    respiratory ? "antipyretic" : "antidiarrhoeal",
                                    days,
                                    startIndex + k,
                                    extra);
                        }
                    }
                    for (Unit c : clinics) {
                        if (town(c).equals(town)) {
                            int extra = (int) Math.round(curve * (respiratory ? 25 : 15));
                            cases += extra;
                            add(
                                    counts,
                                    unitOf,
                                    "visits",
                                    c,
                                    respiratory ? "ili" : "diarrhoea",
                                    days,
                                    startIndex + k,
                                    extra);
                        }
                    }
                }
                truth.add(new Episode(
                        "outbreak",
                        "pharmacy,visits",
                        town,
                        respiratory ? "respiratory" : "gastrointestinal",
                        organizations.division(town).map(d -> d.name()).orElse(town),
                        start,
                        start.plusDays(length - 1),
                        cases));
            }
        }
        writeCounts(counts, unitOf, first);
        for (Episode ep : truth) {
            jdbc.sql(
                            """
                            insert into surveillance_sim_truth (kind, channels, town_code, syndrome, unit_label,
                                start_day, end_day, cases) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            ep.kind(),
                            ep.channels(),
                            ep.town(),
                            ep.syndrome(),
                            ep.unitLabel(),
                            ep.start(),
                            ep.end(),
                            ep.cases())
                    .update();
        }
        classDays.sort(Comparator.comparing(ClassDay::day));
        for (ClassDay c : classDays) {
            int enrolled = 40;
            schoolChecks.saveHistory(
                    new ClassCheck(
                            c.school().code(),
                            c.day(),
                            c.grade(),
                            c.className(),
                            enrolled,
                            enrolled - c.pupils(),
                            c.pupils(),
                            List.of(new ClassCheck.SickGroup(c.pupils(), c.symptoms(), List.of()))),
                    c.school(),
                    c.day(),
                    morning(c.day()).plusSeconds(3600));
        }
        DailyDetection.SeriesData data = detection.load(first, last);
        for (LocalDate d = first.plusDays(DailyDetectionMinimum.DAYS); !d.isAfter(last); d = d.plusDays(1)) {
            detection.run(d, data, morning(d), true);
        }
        handleOlderSignals(last, truth, random);
        String report = SimulationReport.of(jdbc, truth, first, last).text();
        jdbc.sql(
                        "insert into surveillance_sim_run (seed, days, first_day, last_day, report, started_at) values (?, ?, ?, ?, ?, ?)")
                .params(sim.seed(), days, first, last, report, Timestamp.from(Instant.ofEpochMilli(started)))
                .update();
        log.info("Surveillance demo year simulated in {} ms:\n{}", System.currentTimeMillis() - started, report);
    }

    /** Signals older than three days are handled as the CDC would; the rest stay open for the cdc account. */
    private void handleOlderSignals(LocalDate last, List<Episode> truth, SplittableRandom random) {
        record Open(
                long id,
                String town,
                java.util.Set<String> syndromes,
                LocalDate firstDay,
                LocalDate lastDay,
                Instant generated) {}
        List<Open> open = jdbc.sql(
                        """
                        select s.id, s.town_code, s.syndrome, s.first_day, s.last_day, s.generated_at,
                            string_agg(distinct t.category, ',')
                        from surveillance_signal s left join surveillance_signal_trigger t on t.signal_id = s.id
                        where s.simulated and s.closed_at is null and s.last_day < ? group by s.id order by s.id""")
                .param(last.minusDays(2))
                .query((rs, n) -> {
                    java.util.Set<String> syndromes = new java.util.TreeSet<>();
                    syndromes.add(rs.getString(3));
                    if (rs.getString(7) != null) {
                        for (String c : rs.getString(7).split(",")) {
                            syndromes.add(Syndromes.of(c));
                        }
                    }
                    return new Open(
                            rs.getLong(1),
                            rs.getString(2),
                            syndromes,
                            rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class),
                            rs.getTimestamp(6).toInstant());
                })
                .list();
        for (Open s : open) {
            Optional<Episode> match = truth.stream()
                    .filter(e -> SimulationReport.matches(e, s.town(), s.syndromes(), s.firstDay(), s.lastDay()))
                    .findFirst();
            // time to first response: log-normal around 1 h (CIDARS median ≈ 1 h, research §1.5), a tail past 24 h
            double hours = Math.exp(random.nextGaussian() * 1.3);
            Instant ack = s.generated().plusSeconds((long) (hours * 3600));
            handling.acknowledge(s.id(), ACTOR, ack);
            Instant verified = ack.plusSeconds(1800 + random.nextInt(7200));
            handling.verify(
                    s.id(),
                    match.isPresent() ? "suspected" : "excluded",
                    match.isPresent() ? "演示：与注入事件时间地点一致" : "演示：未发现相关病例",
                    ACTOR,
                    verified);
            if (match.isPresent()) {
                handling.investigate(s.id(), "现场调查", ACTOR, verified.plusSeconds(3600));
                handling.close(s.id(), match.get().kind(), "演示：与注入事件一致", ACTOR, verified.plusSeconds(86_400));
            } else {
                handling.close(s.id(), "no_event", "演示：核实排除", ACTOR, verified.plusSeconds(600));
            }
        }
    }

    private void writeCounts(Map<String, int[]> counts, Map<String, Unit> unitOf, LocalDate first) {
        List<Object[]> rows = new ArrayList<>();
        counts.forEach((key, values) -> {
            String[] k = key.split("\\|");
            Unit unit = unitOf.get(key);
            for (int i = 0; i < values.length; i++) {
                boolean observation =
                        values[i] > 0 || ("school".equals(k[0]) && "absence".equals(k[2]) && values[i] >= 0);
                if (values[i] < 0 || !observation) {
                    continue;
                }
                rows.add(new Object[] {
                    k[0], unit.id(), unit.path(), town(unit), k[2], Date.valueOf(first.plusDays(i)), values[i]
                });
            }
        });
        template.batchUpdate(
                """
                insert into surveillance_daily_count (channel, unit_id, unit_path, town_code, category, day, count)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (channel, unit_id, category, day) do update set count = excluded.count""",
                rows);
    }

    private static void add(
            Map<String, int[]> counts,
            Map<String, Unit> unitOf,
            String channel,
            Unit unit,
            String category,
            int days,
            int i,
            int n) {
        String key = channel + "|" + unit.id() + "|" + category;
        unitOf.putIfAbsent(key, unit);
        int[] v = counts.computeIfAbsent(key, k -> {
            int[] a = new int[days];
            java.util.Arrays.fill(a, -1);
            return a;
        });
        v[i] = Math.max(v[i], 0) + n;
    }

    /** Winter respiratory season (Dec–Mar) higher, summer lower. */
    private static double season(LocalDate d) {
        return 1 + 0.35 * Math.cos(2 * Math.PI * (d.getDayOfYear() - 15) / 365.0);
    }

    private static int poisson(SplittableRandom random, double lambda) {
        double l = Math.exp(-lambda);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private Instant morning(LocalDate d) {
        return d.atTime(7, 0).atZone(clock.getZone()).toInstant();
    }

    private List<Unit> units(UnitType type) {
        Unit root = organizations.root();
        var scope = new DataScope(root.id(), root.path(), Optional.empty());
        List<Unit> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            var result = organizations.search(new UnitQuery(type, null, null, null), scope, page, 200);
            out.addAll(result.items());
            if (result.items().isEmpty() || out.size() >= result.total()) {
                break;
            }
        }
        out.sort(Comparator.comparingLong(Unit::id));
        return out;
    }

    /** Every n-th unit outside the quiet town, up to {@code max}. */
    private static List<Unit> pick(List<Unit> units, String quietTown, int max) {
        List<Unit> eligible =
                units.stream().filter(u -> !town(u).equals(quietTown)).toList();
        if (eligible.size() <= max) {
            return eligible;
        }
        List<Unit> out = new ArrayList<>();
        double step = eligible.size() / (double) max;
        for (int i = 0; i < max; i++) {
            out.add(eligible.get((int) (i * step)));
        }
        return out;
    }

    private static String town(Unit u) {
        return u.divisionCode().length() >= 9 ? u.divisionCode().substring(0, 9) : u.divisionCode();
    }

    /** The detector needs this many days before the first evaluated one. */
    private static final class DailyDetectionMinimum {
        static final int DAYS = 14;
    }
}
