package org.regionalhealth.healthcity;

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
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recomputing every platform-derived health-city indicator for every town at full scale (issue 23: < 60 s): the
 * family-doctor facts of 2,000,000 residents summed by town, vaccination coverage of the full district's cohorts,
 * the AED registry (1,467) and childcare places with the towns' population, written as 7 × 27 town values. Also the
 * evaluation of a year (49 indicators × 27 towns, two years for the change).
 *
 * <p>The first run generates the district into {@code target/bench-pg-healthcity}; later runs reuse it.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=HealthCityBenchmark} (docs/benchmarks.md).
 */
@Fork(
        value = 1,
        jvmArgs = {"-Xmx6g"})
@State(Scope.Benchmark)
public class HealthCityBenchmark {

    ConfigurableApplicationContext context;
    PlatformIndicators platform;
    Evaluations evaluations;
    int year;

    @Setup(Level.Trial)
    public void startPlatformWithFullDistrict() {
        context = new SpringApplication(RegionalHealthApplication.class)
                .run(
                        "--spring.profiles.active=demo",
                        "--rhp.demo.scale=full",
                        "--rhp.platform.embedded-database.data-directory=target/bench-pg-healthcity",
                        "--rhp.prescription-review.demo-year.prescriptions=3000",
                        "--rhp.surveillance.simulation.days=35",
                        "--rhp.appointments.demo-days=2",
                        "--rhp.appointments.demo-history-days=1",
                        "--rhp.familydoctor.recompute-cron=-",
                        "--rhp.prescription-review.workbench.scheduler-enabled=false",
                        "--rhp.drugs.assistant.preindex=false",
                        "--rhp.weight.preindex=false",
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--logging.level.org.regionalhealth.demo=INFO",
                        "--logging.level.org.regionalhealth.healthcity=INFO");
        platform = context.getBean(PlatformIndicators.class);
        evaluations = context.getBean(Evaluations.class);
        var jdbc = context.getBean(JdbcClient.class);
        year = evaluations.years().get(evaluations.years().size() - 2);
        System.out.printf(
                "%nresidents: %d, family-doctor facts: %d, vaccination records: %d%n",
                jdbc.sql("select count(*) from residents_resident")
                        .query(Long.class)
                        .single(),
                jdbc.sql("select count(*) from familydoctor_indicator_fact")
                        .query(Long.class)
                        .single(),
                jdbc.sql("select count(*) from vaccination_record")
                        .query(Long.class)
                        .single());
    }

    /** Every platform-derived indicator, every town, written. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public PlatformIndicators.Recomputed recomputeAll() {
        return platform.recompute();
    }

    /** A year's ranking with the change over the year before (what the evaluation page runs). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 2, time = 10)
    public Evaluation evaluateYear() {
        return evaluations.of(year);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }
}
