package org.regionalhealth.surveillance.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * EARS C1, C2, C3 (Hutwagner et al. 2003; Fricker et al. 2008) in two modes.
 *
 * <p>{@link Mode#SURVEILLANCE} reproduces R {@code surveillance::earsC} 1.20.3 (file R/earsC.R) exactly: sample SD
 * (n-1), {@code sigma = max(sd, minSigma)}, z = {@code qnorm(1 - alpha)}, and its C3 upper bound
 * {@code max(0, y(t) + sigma(t) * (z - [max(0, C2(t-1) - 1) + max(0, C2(t-2) - 1)]))}, whose alarm does not use
 * C2(t) itself; zero-variance baselines give {@code NA} (here {@link DetectionPoint.Status#UNDEFINED}) as in R.
 *
 * <p>{@link Mode#CANONICAL} is the published definition (research note §2.1 and §8.4): C1/C2 alarm when
 * {@code y > mean + z * sigma}; C3 = sum over t-2..t of {@code max(0, C2 - 1)}, alarm when C3 exceeds
 * {@code c3Threshold} (default 2); a zero sigma makes C = +infinity when y exceeds the mean and 0 otherwise, so no NaN
 * reaches the product.
 */
public final class EarsC implements Detector {

    /** Which of the three EARS methods. */
    public enum Method {
        C1,
        C2,
        C3
    }

    /** R-compatible or canonical EARS. */
    public enum Mode {
        SURVEILLANCE,
        CANONICAL
    }

    private final Method method;
    private final Mode mode;
    private final int baseline;
    private final double minSigma;
    private final double alpha;
    private final double c3Threshold;
    private final double z;

    /**
     * @param alpha one-sided level; {@code NaN} selects surveillance's default (0.001 for C1/C2, 0.025 for C3)
     * @param c3Threshold canonical C3 alarm level h (ignored in surveillance mode)
     */
    public EarsC(Method method, Mode mode, int baseline, double minSigma, double alpha, double c3Threshold) {
        if (baseline < 3) {
            throw new InvalidDetectorParameter("baseline", "基线长度至少为 3（surveillance::earsC 同样要求），实际为 " + baseline);
        }
        if (!(minSigma >= 0)) {
            throw new InvalidDetectorParameter("minSigma", "最小标准差 minSigma 不能为负数");
        }
        double a = Double.isNaN(alpha) ? (method == Method.C3 ? 0.025 : 0.001) : alpha;
        if (!(a > 0 && a < 1)) {
            throw new InvalidDetectorParameter("alpha", "显著性水平 alpha 必须在 (0,1) 之间");
        }
        this.method = method;
        this.mode = mode;
        this.baseline = baseline;
        this.minSigma = minSigma;
        this.alpha = a;
        this.c3Threshold = c3Threshold;
        this.z = Distributions.qnorm(1 - a);
    }

    /** surveillance::earsC defaults: baseline 7, minSigma 0, default alpha. */
    public static EarsC surveillance(Method method) {
        return new EarsC(method, Mode.SURVEILLANCE, 7, 0, Double.NaN, 2);
    }

    public static EarsC canonical(Method method) {
        return new EarsC(method, Mode.CANONICAL, 7, 0, Double.NaN, 2);
    }

    @Override
    public String algorithm() {
        return "earsC";
    }

    public double alpha() {
        return alpha;
    }

    /** Lag of the oldest baseline value used: C1 baseline, C2 baseline+2, C3 baseline+4 (R's maxLag). */
    private int maxLag() {
        return switch (method) {
            case C1 -> baseline;
            case C2 -> baseline + 2;
            case C3 -> baseline + 4;
        };
    }

    @Override
    public EvaluationRange defaultRange(CountSeries series) {
        return EvaluationRange.of(Math.min(maxLag() + 1, series.length()), series.length());
    }

    @Override
    public DetectionResult detect(CountSeries series, EvaluationRange range) {
        EvaluationRange r = range == null ? defaultRange(series) : range;
        if (r.to() > series.length()) {
            throw new InvalidDetectorParameter("range", "评估区间终点 " + r.to() + " 超出序列长度 " + series.length());
        }
        double[] y = series.values();
        List<DetectionPoint> out = new ArrayList<>(r.size());
        double[] stats = new double[2];
        for (int t = r.from(); t <= r.to(); t++) {
            if (t - maxLag() < 1) {
                out.add(DetectionPoint.insufficient(t, series.dateAt(t), y[t - 1]));
                continue;
            }
            out.add(
                    method == Method.C3
                            ? evaluateC3(series, y, t, stats)
                            : evaluateC1C2(series, y, t, method == Method.C1 ? 1 : 3, stats));
        }
        return new DetectionResult(algorithm(), out);
    }

    private DetectionPoint evaluateC1C2(CountSeries series, double[] y, int t, int nearestLag, double[] stats) {
        baselineStats(y, t, nearestLag, stats);
        double mean = stats[0];
        double sigma = Math.max(stats[1], minSigma);
        double obs = y[t - 1];
        double upper = mean + z * sigma;
        double score = mode == Mode.CANONICAL ? canonicalC(obs, mean, sigma) : (obs - mean) / sigma;
        Boolean alarm = Double.isNaN(upper) || Double.isNaN(obs) ? null : obs > upper;
        return point(series, t, obs, mean, upper, alarm, score);
    }

    private DetectionPoint evaluateC3(CountSeries series, double[] y, int t, double[] stats) {
        double lag2 = c2Part(y, t - 2, stats);
        double lag1 = c2Part(y, t - 1, stats);
        baselineStats(y, t, 3, stats);
        double mean = stats[0];
        double sigma = Math.max(stats[1], minSigma);
        double obs = y[t - 1];
        if (mode == Mode.SURVEILLANCE) {
            // R/earsC.R: upperbound = pmax(0, observed + sigma * (zAlpha - (lag2 + lag1))); NA propagates.
            double upper = obs + sigma * (z - (lag2 + lag1));
            upper = Double.isNaN(upper) ? Double.NaN : Math.max(0, upper);
            Boolean alarm = Double.isNaN(upper) ? null : obs > upper;
            return point(series, t, obs, mean, upper, alarm, lag1 + lag2);
        }
        double c2 = canonicalC(obs, mean, sigma);
        double c3 = Math.max(0, c2 - 1) + lag1 + lag2;
        double slack = c3Threshold - (lag1 + lag2);
        // the smallest y(t) at which C3 would exceed h; none when the lags alone already exceed it
        double upper = slack >= 0 ? mean + sigma * (1 + slack) : Double.NaN;
        return point(series, t, obs, mean, upper, c3 > c3Threshold, c3);
    }

    /** max(0, C2(i) - 1) at index i, with R's NaN rules in surveillance mode and the +inf/0 rule in canonical. */
    private double c2Part(double[] y, int i, double[] stats) {
        baselineStats(y, i, 3, stats);
        double sigma = Math.max(stats[1], minSigma);
        double c2 = mode == Mode.CANONICAL ? canonicalC(y[i - 1], stats[0], sigma) : (y[i - 1] - stats[0]) / sigma;
        return Double.isNaN(c2) ? Double.NaN : Math.max(0, c2 - 1);
    }

    private static double canonicalC(double obs, double mean, double sigma) {
        if (sigma == 0) {
            return obs > mean ? Double.POSITIVE_INFINITY : 0;
        }
        return (obs - mean) / sigma;
    }

    /** Mean and sample SD of y[t-nearestLag-baseline+1 .. t-nearestLag] (1-based), R's two-pass mean and var. */
    private void baselineStats(double[] y, int t, int nearestLag, double[] stats) {
        int hi = t - nearestLag; // 1-based, inclusive
        int lo = hi - baseline + 1;
        double sum = 0;
        for (int i = lo; i <= hi; i++) {
            sum += y[i - 1];
        }
        double mean = sum / baseline;
        double corr = 0;
        for (int i = lo; i <= hi; i++) {
            corr += y[i - 1] - mean;
        }
        mean += corr / baseline;
        double ss = 0;
        for (int i = lo; i <= hi; i++) {
            double d = y[i - 1] - mean;
            ss += d * d;
        }
        stats[0] = mean;
        stats[1] = Math.sqrt(ss / (baseline - 1));
    }

    private static DetectionPoint point(
            CountSeries series, int t, double obs, double expected, double upper, Boolean alarm, double score) {
        boolean undefined = alarm == null;
        return new DetectionPoint(
                t,
                series.dateAt(t),
                DetectionPoint.boxed(obs),
                DetectionPoint.boxed(expected),
                finite(upper),
                alarm,
                finite(score),
                null,
                undefined ? DetectionPoint.Status.UNDEFINED : DetectionPoint.Status.EVALUATED);
    }

    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
