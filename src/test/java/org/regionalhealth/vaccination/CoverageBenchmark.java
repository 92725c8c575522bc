package org.regionalhealth.vaccination;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
import org.regionalhealth.org.Division;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.vaccination.district.Coverage;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Coverage for the district's cohorts at full scale (issue 19: < 2 s): 2,000,000 residents, every child under 18
 * with a simulated history and about half of the 60+ with this season's influenza dose (several million
 * {@code vaccination_record} rows, loaded with {@code COPY}). Measures the district page's figures by town (the
 * five childhood series for children 1–6, influenza 60+, HPV for the programme's girls) and one town's drill-down
 * by village.
 *
 * <p>The first run generates the district into {@code target/bench-pg-vaccination} (log lines "Demo district
 * ready" and "Vaccination demo: … records in N s"); later runs reuse it. The other modules' demo data are kept
 * small here (the prescription year, surveillance simulation, appointment days); the family-doctor data cannot be
 * switched off and take a few minutes on the first run.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=CoverageBenchmark} (docs/benchmarks.md).
 */
@Fork(
        value = 1,
        jvmArgs = {"-Xmx6g"})
@State(Scope.Benchmark)
public class CoverageBenchmark {

    ConfigurableApplicationContext context;
    Coverage coverage;
    List<Division> towns;

    @Setup(Level.Trial)
    public void startPlatformWithFullDistrict() {
        context = new SpringApplication(RegionalHealthApplication.class)
                .run(
                        "--spring.profiles.active=demo",
                        "--rhp.demo.scale=full",
                        "--rhp.platform.embedded-database.data-directory=target/bench-pg-vaccination",
                        "--rhp.prescription-review.demo-year.prescriptions=3000",
                        "--rhp.surveillance.simulation.days=35",
                        "--rhp.appointments.demo-days=2",
                        "--rhp.appointments.demo-history-days=1",
                        "--rhp.familydoctor.recompute-cron=-",
                        "--rhp.prescription-review.workbench.scheduler-enabled=false",
                        "--rhp.drugs.assistant.preindex=false",
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--logging.level.org.regionalhealth.demo=INFO",
                        "--logging.level.org.regionalhealth.vaccination=INFO");
        coverage = context.getBean(Coverage.class);
        towns = context.getBean(Organizations.class).towns();
        var jdbc = context.getBean(JdbcClient.class);
        System.out.printf(
                "%nvaccination_record rows: %d, residents: %d%n",
                jdbc.sql("select count(*) from vaccination_record")
                        .query(Long.class)
                        .single(),
                jdbc.sql("select count(*) from residents_resident")
                        .query(Long.class)
                        .single());
    }

    /** The district page's figures: every town, all cohorts. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    public List<Coverage.Row> districtByTown() {
        return coverage.rows(null);
    }

    /** One town's villages (the drill-down), a town drawn at random for each call. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    public List<Coverage.Row> townByVillage() {
        var town = towns.get(ThreadLocalRandom.current().nextInt(towns.size()));
        return coverage.rows(town.code());
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }
}
