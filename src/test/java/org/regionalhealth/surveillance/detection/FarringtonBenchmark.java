package org.regionalhealth.surveillance.detection;

import java.util.ArrayList;
import java.util.List;
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
 * farringtonFlexible over every series of each variant timed in {@code shared/peer/timing.csv} (the same work R
 * timed: all series of the data set over the default range). Run:
 * {@code flock /tmp/mvn.lock ./mvnw -B -o -Pbench test-compile exec:exec -Dbench=FarringtonBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class FarringtonBenchmark {

    @Param({"salmNewport_default", "salmNewport_noufaily", "ha_b3", "salmAllOnset_default", "rotaBB_default"})
    public String variant;

    private FarringtonFlexible detector;
    private final List<CountSeries> series = new ArrayList<>();

    @Setup
    public void setUp() {
        detector = new FarringtonFlexible(FarringtonFlexibleTests.controlOf(variant));
        String dataset = variant.substring(0, variant.indexOf('_')).replace("ha", "ha");
        ReferenceData.inputs().forEach((key, s) -> {
            if (key.startsWith(dataset + "/")) {
                series.add(s);
            }
        });
    }

    @Benchmark
    public void allSeriesOfTheVariant(Blackhole bh) {
        for (CountSeries s : series) {
            bh.consume(detector.detect(s));
        }
    }
}
