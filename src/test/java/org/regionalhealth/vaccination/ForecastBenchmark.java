package org.regionalhealth.vaccination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.regionalhealth.vaccination.schedule.Forecast;
import org.regionalhealth.vaccination.schedule.GivenDose;
import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.regionalhealth.vaccination.schedule.ScheduleRules;

/**
 * The forecast for one child in process (issue 19: < 5 ms): a four-year-old with a typical partial history (twelve
 * doses, two series behind), and a newborn with none.
 *
 * <p>Run: {@code flock /tmp/mvn.lock ./mvnw -B -o -Pbench test-compile exec:exec -Dbench=ForecastBenchmark}
 * (docs/benchmarks.md).
 */
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class ForecastBenchmark {

    ScheduleEngine engine;
    LocalDate born;
    LocalDate today;
    List<GivenDose> history;

    @Setup
    public void setUp() {
        engine = new ScheduleEngine(ScheduleRules.standard());
        today = LocalDate.of(2026, 12, 7);
        born = today.minusYears(4).minusMonths(2);
        history = new ArrayList<>();
        history.add(new GivenDose("HepB", born));
        history.add(new GivenDose("BCG", born));
        history.add(new GivenDose("HepB", born.plusMonths(1)));
        history.add(new GivenDose("DTaP-IPV/Hib", born.plusMonths(2)));
        history.add(new GivenDose("DTaP-IPV/Hib", born.plusMonths(3)));
        history.add(new GivenDose("DTaP-IPV/Hib", born.plusMonths(4)));
        history.add(new GivenDose("HepB", born.plusMonths(6)));
        history.add(new GivenDose("MPSV-A", born.plusMonths(6)));
        history.add(new GivenDose("MMR", born.plusMonths(8)));
        history.add(new GivenDose("JE-L", born.plusMonths(8)));
        history.add(new GivenDose("MMR", born.plusMonths(18)));
        history.add(new GivenDose("IIV", born.plusMonths(30)));
    }

    @Benchmark
    public Forecast childWithHistory() {
        return engine.forecast(born, 'F', history, today);
    }

    @Benchmark
    public Forecast newborn() {
        return engine.forecast(today.minusDays(3), 'M', List.of(), today);
    }
}
