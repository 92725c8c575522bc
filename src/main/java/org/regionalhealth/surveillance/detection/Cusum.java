package org.regionalhealth.surveillance.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * One-sided standardised CUSUM on a moving baseline (Page 1954; the EARS-style form compared with C1-C3 in the
 * "outbreak gold standard" study, research note §1.3): z(t) = (y(t) - mean) / max(sd, minSigma) over a
 * {@code baseline}-day window ending {@code guard + 1} days back (sample SD), S(t) = max(0, S(t-1) + z(t) - k), alarm
 * when S(t) &gt; h; S restarts at 0 after an alarm when {@code reset}. Defaults k = 0.5, h = 4 (Montgomery's
 * standard design, ARL0 ≈ 168 for normal data), baseline 7, guard 2, minSigma 0.5 (Burkom's sparse-data floor).
 * {@code upperbound} is the count at which S(t) would exceed h.
 */
public final class Cusum implements Detector {

    private final int baseline;
    private final int guard;
    private final double k;
    private final double h;
    private final double minSigma;
    private final boolean reset;

    public Cusum(int baseline, int guard, double k, double h, double minSigma, boolean reset) {
        if (baseline < 3) {
            throw new InvalidDetectorParameter("baseline", "基线长度至少为 3");
        }
        if (guard < 0) {
            throw new InvalidDetectorParameter("guard", "保护期不能为负数");
        }
        if (!(k >= 0)) {
            throw new InvalidDetectorParameter("k", "参考值 k 不能为负数");
        }
        if (!(h > 0)) {
            throw new InvalidDetectorParameter("h", "决策界 h 必须为正数");
        }
        if (!(minSigma > 0)) {
            throw new InvalidDetectorParameter("minSigma", "CUSUM 的 minSigma 必须为正数（避免除以零）");
        }
        this.baseline = baseline;
        this.guard = guard;
        this.k = k;
        this.h = h;
        this.minSigma = minSigma;
        this.reset = reset;
    }

    public static Cusum defaults() {
        return new Cusum(7, 2, 0.5, 4, 0.5, true);
    }

    @Override
    public String algorithm() {
        return "cusum";
    }

    @Override
    public EvaluationRange defaultRange(CountSeries series) {
        return EvaluationRange.of(Math.min(baseline + guard + 1, series.length()), series.length());
    }

    @Override
    public DetectionResult detect(CountSeries series, EvaluationRange range) {
        EvaluationRange r = range == null ? defaultRange(series) : range;
        if (r.to() > series.length()) {
            throw new InvalidDetectorParameter("range", "评估区间终点 " + r.to() + " 超出序列长度 " + series.length());
        }
        double[] y = series.values();
        List<DetectionPoint> out = new ArrayList<>(r.size());
        double s = 0;
        int first = baseline + guard + 1;
        for (int t = Math.min(first, r.from()); t <= r.to(); t++) {
            if (t < first) {
                out.add(DetectionPoint.insufficient(t, series.dateAt(t), y[t - 1]));
                continue;
            }
            double sum = 0;
            int hi = t - guard - 1;
            int lo = hi - baseline + 1;
            for (int i = lo; i <= hi; i++) {
                sum += y[i - 1];
            }
            double mean = sum / baseline;
            double ss = 0;
            for (int i = lo; i <= hi; i++) {
                ss += (y[i - 1] - mean) * (y[i - 1] - mean);
            }
            double sigma = Math.max(Math.sqrt(ss / (baseline - 1)), minSigma);
            double upper = mean + sigma * (h + k - s);
            s = Math.max(0, s + (y[t - 1] - mean) / sigma - k);
            boolean alarm = s > h;
            if (t >= r.from()) {
                out.add(new DetectionPoint(
                        t, series.dateAt(t), y[t - 1], mean, upper, alarm, s, null, DetectionPoint.Status.EVALUATED));
            }
            if (alarm && reset) {
                s = 0;
            }
        }
        return new DetectionResult(algorithm(), out);
    }
}
