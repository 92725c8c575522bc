package org.regionalhealth.surveillance.detection;

import java.util.List;
import java.util.SplittableRandom;
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

/**
 * Space-time permutation scan, 999 replicates, 27 towns (Xiaoshan's towns and streets), one year of daily cases at
 * about 3 cases per town per day. Run:
 * {@code flock /tmp/mvn.lock ./mvnw -B -o -Pbench test-compile exec:exec -Dbench=SpaceTimeScanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SpaceTimeScanBenchmark {

    private List<SpaceTimePermutationScan.Location> towns;
    private final int[][] cases = new int[27][365];

    @Setup
    public void setUp() {
        towns = SpaceTimePermutationScanTests.grid(3, 9);
        SplittableRandom rnd = new SplittableRandom(5);
        for (int[] row : cases) {
            for (int d = 0; d < row.length; d++) {
                row[d] = rnd.nextInt(7);
            }
        }
    }

    @Benchmark
    public SpaceTimePermutationScan.Result scan999Replicates() {
        return SpaceTimePermutationScan.defaults().scan(towns, cases, 1);
    }
}
