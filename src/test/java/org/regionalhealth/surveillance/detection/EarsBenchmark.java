package org.regionalhealth.surveillance.detection;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * EARS over the daily school layer: 5,600 daily series (463 schools × ~12 symptom groups) of one year. Run:
 * {@code flock /tmp/mvn.lock ./mvnw -B -o -Pbench test-compile exec:exec -Dbench=EarsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class EarsBenchmark {

    @Param({"C1", "C2", "C3"})
    public String method;

    private final CountSeries[] series = new CountSeries[5_600];
    private EarsC detector;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int s = 0; s < series.length; s++) {
            double[] y = new double[365];
            for (int d = 0; d < y.length; d++) {
                y[d] = rnd.nextInt(4);
            }
            series[s] = CountSeries.indexed(365, y);
        }
        detector = EarsC.canonical(EarsC.Method.valueOf(method));
    }

    @Benchmark
    public void fiveThousandSixHundredDailySeries(Blackhole bh) {
        for (CountSeries s : series) {
            bh.consume(detector.detect(s));
        }
    }
}
