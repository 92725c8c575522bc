package org.regionalhealth.surveillance.detection;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * ESSENCE EWMA, a line-by-line port of CDC's {@code Rnssp::alert_ewma} ({@code ewma_loop}, R/alert_ewma.R in
 * CDCgov/Rnssp; research note §2.2): two EWMAs (w1 = 0.4 gradual, w2 = 0.9 sudden), a baseline that grows from 11
 * to 28 days ending {@code g + 1} days before the test day (Rnssp hard-codes the 28-day maximum; {@code B} is only
 * validated, as there), sigma corrected and floored as in ESSENCE, smoothed values clipped back to the alert limit,
 * a Student-t p-value with n - 1 degrees of freedom, and the smaller p of the two EWMAs reported. ESSENCE colours:
 * red p &lt; 0.01, yellow p &lt; 0.05; {@code alarm} here is p &lt; {@code alpha} (default 0.01 = red).
 *
 * <p>{@code upperbound} is the smallest count that would make either EWMA's statistic reach the t quantile
 * {@code 1 - alpha} (a derived figure; Rnssp reports none).
 */
public final class EssenceEwma implements Detector {

    private static final int MIN_BASELINE = 11;
    private static final int MAX_BASELINE = 28;

    private final int b;
    private final int g;
    private final double w1;
    private final double w2;
    private final double alpha;

    public EssenceEwma(int baseline, int guard, double w1, double w2, double alpha) {
        if (baseline < 7) {
            throw new InvalidDetectorParameter("B", "基线长度 B 不能小于 7（Rnssp 同样要求）");
        }
        if (guard < 0) {
            throw new InvalidDetectorParameter("g", "保护期 g 不能为负数");
        }
        if (!(w1 > 0 && w1 < 1)) {
            throw new InvalidDetectorParameter("w1", "平滑系数 w1 必须在 (0,1) 之间");
        }
        if (!(w2 > 0 && w2 < 1)) {
            throw new InvalidDetectorParameter("w2", "平滑系数 w2 必须在 (0,1) 之间");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new InvalidDetectorParameter("alpha", "alpha 必须在 (0,1) 之间");
        }
        this.b = baseline;
        this.g = guard;
        this.w1 = w1;
        this.w2 = w2;
        this.alpha = alpha;
    }

    /** Rnssp defaults: B = 28, g = 2, w1 = 0.4, w2 = 0.9; alarm on red (p &lt; 0.01). */
    public static EssenceEwma defaults() {
        return new EssenceEwma(28, 2, 0.4, 0.9, 0.01);
    }

    @Override
    public String algorithm() {
        return "essenceEwma";
    }

    private int firstIndex() {
        return MIN_BASELINE + g + 1;
    }

    @Override
    public EvaluationRange defaultRange(CountSeries series) {
        return EvaluationRange.of(Math.min(firstIndex(), series.length()), series.length());
    }

    @Override
    public DetectionResult detect(CountSeries series, EvaluationRange range) {
        EvaluationRange r = range == null ? defaultRange(series) : range;
        if (r.to() > series.length()) {
            throw new InvalidDetectorParameter("range", "评估区间终点 " + r.to() + " 超出序列长度 " + series.length());
        }
        double[] y = series.values();
        int n = y.length;
        List<DetectionPoint> out = new ArrayList<>(r.size());
        for (int t = r.from(); t < Math.min(firstIndex(), r.to() + 1); t++) {
            out.add(DetectionPoint.insufficient(t, series.dateAt(t), y[t - 1]));
        }
        if (n < firstIndex()) {
            return new DetectionResult(algorithm(), out);
        }
        double z1 = y[0];
        double z2 = y[0];
        for (int i = 2; i <= MIN_BASELINE + g; i++) {
            z1 = w1 * y[i - 1] + (1 - w1) * z1;
            z2 = w2 * y[i - 1] + (1 - w2) * z2;
        }
        for (int i = firstIndex(); i <= Math.min(n, r.to()); i++) {
            int last = i - g - 1;
            int first = Math.max(1, last - MAX_BASELINE + 1);
            int len = last - first + 1;
            double sum = 0;
            for (int j = first; j <= last; j++) {
                sum += y[j - 1];
            }
            double expected = sum / len;
            double ss = 0;
            for (int j = first; j <= last; j++) {
                double d = y[j - 1] - expected;
                ss += d * d;
            }
            double sigma = Math.sqrt(ss / (len - 1));
            int df = len - 1;
            TDistribution tDist = new TDistribution(null, df);
            double uclAlert = Math.round(tDist.inverseCumulativeProbability(1 - 0.01) * 1e5) / 1e5;
            double uclWarning = Math.round(tDist.inverseCumulativeProbability(1 - 0.05) * 1e5) / 1e5;
            double sigma1 = sigmaOf(w1, sigma, len, uclWarning);
            double sigma2 = sigmaOf(w2, sigma, len, uclWarning);
            double prev1 = z1;
            double prev2 = z2;
            z1 = w1 * y[i - 1] + (1 - w1) * z1;
            z2 = w2 * y[i - 1] + (1 - w2) * z2;
            double stat1 = (z1 - expected) / sigma1;
            double stat2 = (z2 - expected) / sigma2;
            if (Math.abs(stat1) > uclAlert) {
                z1 = expected + Math.signum(stat1) * uclAlert * sigma1;
            }
            if (Math.abs(stat2) > uclAlert) {
                z2 = expected + Math.signum(stat2) * uclAlert * sigma2;
            }
            double p1 = 1 - tDist.cumulativeProbability(stat1);
            double p2 = 1 - tDist.cumulativeProbability(stat2);
            double p = p1 < p2 ? p1 : p2;
            double stat = p1 < p2 ? stat1 : stat2;
            if (i < r.from()) {
                continue;
            }
            double crit = tDist.inverseCumulativeProbability(1 - alpha);
            double u1 = (expected + crit * sigma1 - (1 - w1) * prev1) / w1;
            double u2 = (expected + crit * sigma2 - (1 - w2) * prev2) / w2;
            out.add(new DetectionPoint(
                    i,
                    series.dateAt(i),
                    y[i - 1],
                    expected,
                    Math.min(u1, u2),
                    p < alpha,
                    stat,
                    p,
                    DetectionPoint.Status.EVALUATED));
        }
        return new DetectionResult(algorithm(), out);
    }

    /** sigma_i = max(min_sigma_i, sigma * correction_i + constant_i), Rnssp's formulas. */
    private double sigmaOf(double w, double sigma, int len, double uclWarning) {
        double correction =
                Math.sqrt(w / (2 - w) + 1.0 / len - 2 * Math.pow(1 - w, g + 1) * ((1 - Math.pow(1 - w, len)) / len));
        double minSigma = (w / uclWarning) * (1 + 0.5 * Math.pow(1 - w, 2));
        double constant = (0.1289 - (0.2414 - 0.1826 * Math.pow(1 - w, 4)) * Math.log(10 * 0.05)) * (w / uclWarning);
        return Math.max(minSigma, sigma * correction + constant);
    }
}
