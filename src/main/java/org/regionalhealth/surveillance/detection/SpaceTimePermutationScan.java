package org.regionalhealth.surveillance.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Prospective space-time permutation scan statistic (Kulldorff et al., PLoS Med 2005;2(3):e59; research note §2.5
 * and §8.6). Cases c[z][d] at locations z (towns, schools) on days d = 0..L-1. Expected counts come from the two
 * marginals only, μ_zd = n_z n_d / C, so no population is needed. Candidate clusters are cylinders: a circle through a
 * centre location and its nearest neighbours (while the zone holds at most {@code maxSpatialFraction} of all cases)
 * times a window of the last τ = 1..{@code maxDays} days (prospective: it must include the last day). For a cylinder
 * A, μ_A = N_Z · D_τ / C, and the Poisson generalised likelihood ratio is
 * {@code c ln(c/μ) + (C - c) ln((C - c)/(C - μ))} when c &gt; μ. Significance by Monte Carlo: the days of the cases are
 * permuted across cases (both marginals kept), p = (1 + #{replicates with max ≥ observed}) / (R + 1), ties counted
 * against the cluster (conservative); recurrence interval RI = 1 / (p × analyses per day), i.e. 1/p days for a daily
 * analysis.
 */
public final class SpaceTimePermutationScan {

    /** A candidate location with planar coordinates (e.g. km in a local projection). */
    public record Location(String id, double x, double y) {}

    /** One reported cluster: its locations, the window of the last {@code days} days, and its significance. */
    public record Cluster(
            List<String> locations,
            int days,
            long observed,
            double expected,
            double logLikelihoodRatio,
            double pvalue,
            double recurrenceIntervalDays) {}

    /** The most likely cluster first, then secondary clusters that share no location with earlier ones. */
    public record Result(List<Cluster> clusters, int replicates, long totalCases) {}

    private final int maxDays;
    private final double maxSpatialFraction;
    private final int replicates;
    private final int maxClusters;

    public SpaceTimePermutationScan(int maxDays, double maxSpatialFraction, int replicates, int maxClusters) {
        if (maxDays < 1) {
            throw new InvalidDetectorParameter("maxDays", "最大时间窗口至少为 1 天");
        }
        if (!(maxSpatialFraction > 0 && maxSpatialFraction <= 1)) {
            throw new InvalidDetectorParameter("maxSpatialFraction", "最大空间范围比例必须在 (0,1] 之间");
        }
        if (replicates < 1) {
            throw new InvalidDetectorParameter("replicates", "蒙特卡洛重复次数至少为 1（常用 999）");
        }
        this.maxDays = maxDays;
        this.maxSpatialFraction = maxSpatialFraction;
        this.replicates = replicates;
        this.maxClusters = Math.max(1, maxClusters);
    }

    /** NYC-style defaults: last 30 days, zones up to 50 % of cases, 999 replicates, up to 5 clusters. */
    public static SpaceTimePermutationScan defaults() {
        return new SpaceTimePermutationScan(30, 0.5, 999, 5);
    }

    /**
     * @param cases cases[z][d], d = 0 the first day of the study period, the last column is "today"
     * @param seed Monte Carlo seed (results are reproducible for a given seed)
     */
    public Result scan(List<Location> locations, int[][] cases, long seed) {
        int nz = locations.size();
        if (cases.length != nz) {
            throw new InvalidDetectorParameter("cases", "病例矩阵行数与地点个数不一致");
        }
        int nd = nz == 0 ? 0 : cases[0].length;
        int window = Math.min(maxDays, nd);
        long total = 0;
        long[] nzTotal = new long[nz];
        long[] ndTotal = new long[nd];
        for (int z = 0; z < nz; z++) {
            if (cases[z].length != nd) {
                throw new InvalidDetectorParameter("cases", "病例矩阵各行天数不一致");
            }
            for (int d = 0; d < nd; d++) {
                if (cases[z][d] < 0) {
                    throw new InvalidDetectorParameter("cases", "病例数不能为负数");
                }
                nzTotal[z] += cases[z][d];
                ndTotal[d] += cases[z][d];
                total += cases[z][d];
            }
        }
        if (total == 0 || window == 0) {
            return new Result(List.of(), replicates, total);
        }
        int[][] zones = zones(locations, nzTotal, total);
        // D_tau: cases in the last tau days over all locations
        double[] dTail = new double[window + 1];
        for (int tau = 1; tau <= window; tau++) {
            dTail[tau] = dTail[tau - 1] + ndTotal[nd - tau];
        }
        // observed tail counts per location: tail[z][tau]
        long[][] tail = tailCounts(cases, nz, nd, window);
        List<double[]> candidates = new ArrayList<>();
        maxStatistic(zones, nzTotal, dTail, tail, total, window, candidates);

        // Monte Carlo: permute the day labels of the cases
        int[] caseDay = new int[(int) total];
        int[] caseLoc = new int[(int) total];
        int m = 0;
        for (int z = 0; z < nz; z++) {
            for (int d = 0; d < nd; d++) {
                for (int c = 0; c < cases[z][d]; c++) {
                    caseLoc[m] = z;
                    caseDay[m] = d;
                    m++;
                }
            }
        }
        double[] replicateMax = new double[replicates];
        SplittableRandom rnd = new SplittableRandom(seed);
        long[][] simTail = new long[nz][window + 1];
        int firstTailDay = nd - window;
        for (int r = 0; r < replicates; r++) {
            for (int i = caseDay.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int tmp = caseDay[i];
                caseDay[i] = caseDay[j];
                caseDay[j] = tmp;
            }
            for (long[] row : simTail) {
                Arrays.fill(row, 0);
            }
            for (int i = 0; i < caseDay.length; i++) {
                if (caseDay[i] >= firstTailDay) {
                    simTail[caseLoc[i]][nd - caseDay[i]]++;
                }
            }
            for (long[] row : simTail) {
                for (int tau = 1; tau <= window; tau++) {
                    row[tau] += row[tau - 1];
                }
            }
            replicateMax[r] = maxStatistic(zones, nzTotal, dTail, simTail, total, window, null);
        }
        Arrays.sort(replicateMax);

        candidates.sort(Comparator.comparingDouble((double[] c) -> -c[0]));
        List<Cluster> clusters = new ArrayList<>();
        boolean[] used = new boolean[nz];
        for (double[] c : candidates) {
            if (clusters.size() >= maxClusters) {
                break;
            }
            int[] zone = zones[(int) c[1]];
            int size = (int) c[2];
            boolean overlaps = false;
            for (int i = 0; i < size; i++) {
                overlaps |= used[zone[i]];
            }
            if (overlaps) {
                continue;
            }
            List<String> ids = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                used[zone[i]] = true;
                ids.add(locations.get(zone[i]).id());
            }
            long atLeast = replicates - lowerBound(replicateMax, c[0]);
            double p = (1.0 + atLeast) / (replicates + 1.0);
            clusters.add(new Cluster(ids, (int) c[3], (long) c[4], c[5], c[0], p, 1.0 / p));
        }
        return new Result(clusters, replicates, total);
    }

    /** Number of replicate maxima strictly below x (so ties count against the cluster). */
    private static int lowerBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x - 1e-12 * Math.max(1, Math.abs(x))) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long[][] tailCounts(int[][] cases, int nz, int nd, int window) {
        long[][] tail = new long[nz][window + 1];
        for (int z = 0; z < nz; z++) {
            for (int tau = 1; tau <= window; tau++) {
                tail[z][tau] = tail[z][tau - 1] + cases[z][nd - tau];
            }
        }
        return tail;
    }

    /**
     * Maximum GLR over all cylinders; when {@code out} is not null every cylinder with c &gt; μ is recorded as
     * {llr, zoneIndex, zoneSize, tau, observed, expected}, keeping for each (centre, size) only the best window.
     */
    private static double maxStatistic(
            int[][] zones, long[] nzTotal, double[] dTail, long[][] tail, long total, int window, List<double[]> out) {
        double best = 0;
        long[] zoneTail = new long[window + 1];
        for (int zi = 0; zi < zones.length; zi++) {
            int[] zone = zones[zi];
            Arrays.fill(zoneTail, 0);
            long zoneCases = 0;
            for (int size = 1; size <= zone.length; size++) {
                int z = zone[size - 1];
                zoneCases += nzTotal[z];
                double bestHere = 0;
                int bestTau = 0;
                for (int tau = 1; tau <= window; tau++) {
                    zoneTail[tau] += tail[z][tau];
                    long c = zoneTail[tau];
                    double mu = zoneCases * dTail[tau] / total;
                    if (c > mu) {
                        double llr = glr(c, mu, total);
                        if (llr > bestHere) {
                            bestHere = llr;
                            bestTau = tau;
                        }
                    }
                }
                if (bestHere > best) {
                    best = bestHere;
                }
                if (out != null && bestTau > 0) {
                    out.add(new double[] {
                        bestHere, zi, size, bestTau, zoneTail[bestTau], zoneCases * dTail[bestTau] / total
                    });
                }
            }
        }
        return best;
    }

    /** Poisson GLR of a cylinder with c observed and μ expected among C cases. */
    static double glr(double c, double mu, double total) {
        double inside = c * Math.log(c / mu);
        double rest = total - c;
        double outside = rest > 0 ? rest * Math.log(rest / (total - mu)) : 0;
        return inside + outside;
    }

    /** For each centre, its neighbours by distance, cut where the zone would exceed the case fraction. */
    private int[][] zones(List<Location> locations, long[] nzTotal, long total) {
        int nz = locations.size();
        int[][] zones = new int[nz][];
        for (int c = 0; c < nz; c++) {
            final int centreIndex = c;
            Location centre = locations.get(c);
            Integer[] order = new Integer[nz];
            for (int i = 0; i < nz; i++) {
                order[i] = i;
            }
            Arrays.sort(
                    order,
                    Comparator.comparingDouble((Integer i) -> {
                                Location l = locations.get(i);
                                return Math.hypot(l.x() - centre.x(), l.y() - centre.y());
                            })
                            .thenComparingInt(i -> i == centreIndex ? -1 : i));
            int size = 0;
            long cum = 0;
            while (size < nz) {
                long next = cum + nzTotal[order[size]];
                if (size > 0 && next > maxSpatialFraction * total) {
                    break;
                }
                cum = next;
                size++;
            }
            zones[c] = new int[size];
            for (int i = 0; i < size; i++) {
                zones[c][i] = order[i];
            }
        }
        return zones;
    }
}
