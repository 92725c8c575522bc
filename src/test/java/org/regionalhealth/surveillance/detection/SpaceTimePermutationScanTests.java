package org.regionalhealth.surveillance.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SpaceTimePermutationScanTests {

    @Test
    void mostLikelyClusterOnATwoTownGridMatchesTheHandComputedRatio() {
        // town A: 1,1,4 ; town B: 2,2,0 ; C = 10, n_A = 6, last-day total 4 -> mu_A = 6 * 4 / 10 = 2.4
        List<SpaceTimePermutationScan.Location> towns = List.of(
                new SpaceTimePermutationScan.Location("A", 0, 0), new SpaceTimePermutationScan.Location("B", 10, 0));
        int[][] cases = {{1, 1, 4}, {2, 2, 0}};
        SpaceTimePermutationScan.Result r = new SpaceTimePermutationScan(1, 1.0, 99, 3).scan(towns, cases, 1);
        SpaceTimePermutationScan.Cluster top = r.clusters().get(0);
        double expected = 4 * Math.log(4 / 2.4) + 6 * Math.log(6 / 7.6);
        assertThat(top.locations()).containsExactly("A");
        assertThat(top.days()).isEqualTo(1);
        assertThat(top.observed()).isEqualTo(4);
        assertThat(top.expected()).isCloseTo(2.4, Offset.offset(1e-12));
        assertThat(top.logLikelihoodRatio()).isCloseTo(expected, Offset.offset(1e-12));
        assertThat(top.pvalue()).isBetween(0.01, 1.0);
        assertThat(top.recurrenceIntervalDays()).isCloseTo(1 / top.pvalue(), Offset.offset(1e-12));
    }

    @Test
    void pValuesAreUniformUnderSimulatedNullData() {
        List<SpaceTimePermutationScan.Location> grid = grid(3, 4);
        SplittableRandom seeds = new SplittableRandom(20251122);
        PoissonDistribution pois = new PoissonDistribution(new Well19937c(7), 0.6, 1e-12, 10_000);
        SpaceTimePermutationScan scan = new SpaceTimePermutationScan(7, 0.5, 99, 1);
        int sims = 200;
        double[] p = new double[sims];
        for (int s = 0; s < sims; s++) {
            int[][] cases = new int[grid.size()][60];
            for (int[] row : cases) {
                for (int d = 0; d < row.length; d++) {
                    row[d] = pois.sample();
                }
            }
            p[s] = scan.scan(grid, cases, seeds.nextLong()).clusters().get(0).pvalue();
        }
        Arrays.sort(p);
        double ks = 0;
        for (int i = 0; i < sims; i++) {
            ks = Math.max(ks, Math.max(Math.abs(p[i] - (i + 1.0) / sims), Math.abs(p[i] - (double) i / sims)));
        }
        long significant = Arrays.stream(p).filter(v -> v <= 0.05).count();
        assertThat(ks).as("Kolmogorov-Smirnov distance to U(0,1)").isLessThan(0.13);
        assertThat(significant).as("p <= 0.05 in %d null simulations", sims).isBetween(1L, 22L);
    }

    @Test
    void findsAnInjectedThreeDayClusterAmongTwentySevenTowns() {
        List<SpaceTimePermutationScan.Location> towns = grid(3, 9);
        PoissonDistribution pois = new PoissonDistribution(new Well19937c(11), 2.0, 1e-12, 10_000);
        int[][] cases = new int[towns.size()][365];
        for (int[] row : cases) {
            for (int d = 0; d < row.length; d++) {
                row[d] = pois.sample();
            }
        }
        cases[13][362] += 5;
        cases[13][363] += 5;
        cases[13][364] += 5;
        SpaceTimePermutationScan.Result r = SpaceTimePermutationScan.defaults().scan(towns, cases, 3);
        SpaceTimePermutationScan.Cluster top = r.clusters().get(0);
        assertThat(top.locations()).contains("T13");
        assertThat(top.days()).isLessThanOrEqualTo(7);
        assertThat(top.pvalue()).isLessThanOrEqualTo(0.01);
        assertThat(top.recurrenceIntervalDays()).isGreaterThanOrEqualTo(100);
    }

    static List<SpaceTimePermutationScan.Location> grid(int rows, int cols) {
        List<SpaceTimePermutationScan.Location> l = new ArrayList<>();
        for (int i = 0; i < rows * cols; i++) {
            l.add(new SpaceTimePermutationScan.Location("T" + i, (i % cols) * 3.0 + 0.01 * i, (i / cols) * 3.0));
        }
        return l;
    }
}
