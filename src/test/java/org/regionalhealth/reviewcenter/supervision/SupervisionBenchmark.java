package org.regionalhealth.reviewcenter.supervision;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.regionalhealth.RegionalHealthApplication;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The supervision page's report for the whole district over a year at full scale (4.8 million prescriptions of the
 * demo year, issue 4: under 1 s). The first run generates the demo year into {@code target/bench-pg-rx}: its log
 * line "Demo year: 4800000 prescriptions … screening and storage N ms (X prescriptions/s)" is the figure for
 * replaying the full-scale year through screening and storage; later runs reuse the database.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=SupervisionBenchmark} (docs/benchmarks.md).
 */
@Fork(
        value = 1,
        jvmArgs = {"-Xmx6g"})
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class SupervisionBenchmark {

    ConfigurableApplicationContext context;
    SupervisionReport reports;
    SupervisionQueries queries;
    CurrentUser admin;
    DataScope district;

    @Setup(Level.Trial)
    public void startPlatformWithAFullYear() {
        context = new SpringApplication(RegionalHealthApplication.class)
                .run(
                        "--spring.profiles.active=demo",
                        "--rhp.demo.residents=3000",
                        // the other modules' demo data as in the tests: this benchmark is about prescriptions
                        "--rhp.surveillance.simulation.days=35",
                        "--rhp.surveillance.simulation.schools=12",
                        "--rhp.surveillance.simulation.pharmacies=10",
                        "--rhp.surveillance.simulation.episodes=4",
                        "--rhp.prescription-review.demo-year.prescriptions="
                                + System.getProperty("rx.prescriptions", "4800000"),
                        "--rhp.platform.embedded-database.data-directory="
                                + System.getProperty("rx.data", "target/bench-pg-rx"),
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--logging.level.org.regionalhealth.reviewcenter=INFO");
        reports = context.getBean(SupervisionReport.class);
        queries = context.getBean(SupervisionQueries.class);
        var root = context.getBean(Organizations.class).root();
        district = new DataScope(root.id(), root.path(), Optional.empty());
        if (Boolean.getBoolean("rx.rebuild")) {
            // rebuild the year's rollup (after a change of the rollup SQL) and print how long it takes
            var rollup = context.getBean(SupervisionRollup.class);
            var today = java.time.LocalDate.now();
            long started = System.nanoTime();
            rollup.rebuild(today.minusDays(364), today);
            var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
            for (String t : new String[] {
                "prescription",
                "finding",
                "review_task",
                "review_event",
                "daily_stat",
                "daily_unit_stat",
                "daily_rule_stat"
            }) {
                jdbc.sql("analyze prescriptionreview_" + t).update();
            }
            System.out.printf(
                    "Supervision rollup of 365 days rebuilt in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        }
        if (Boolean.getBoolean("rx.explain")) {
            var root0 = context.getBean(Organizations.class).root();
            var scope0 = new DataScope(root0.id(), root0.path(), Optional.empty());
            var today = java.time.LocalDate.now();
            var year = new SupervisionQueries.Period(today.minusDays(364), today);
            for (int round = 0; round < 2; round++) {
                time("totals", () -> queries.totals(scope0, year));
                time("byChildUnit", () -> queries.byChildUnit(root0.path(), year));
                time("trend", () -> queries.trend(scope0.likePattern(), year));
                time("rules", () -> queries.rules(scope0, year, true));
                time("pharmacists", () -> queries.pharmacists(scope0, year));
            }
        }
        admin = new CurrentUser("admin", "区卫健局管理员", Role.DISTRICT_ADMIN, root.id(), district, CurrentUser.Channel.PAGE);
    }

    private static void time(String what, java.util.function.Supplier<?> query) {
        long started = System.nanoTime();
        query.get();
        System.out.printf("%s: %d ms%n", what, (System.nanoTime() - started) / 1_000_000);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    /** Everything the district page shows for the last 365 days: totals, one row per medical community, rules, trend. */
    @Benchmark
    public SupervisionReport.Report districtYearReport() {
        return reports.report(admin, null, null, false, "Y");
    }

    /** The district's totals over the year alone. */
    @Benchmark
    public Counts districtYearTotals() {
        var today = java.time.LocalDate.now();
        return queries.totals(district, new SupervisionQueries.Period(today.minusDays(364), today));
    }
}
