package org.regionalhealth.surveillance.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * CIDARS fixed-threshold method (固定阈值法, research note §1.2 and §8.1) on an aggregated count series: alarm when
 * the count over the last {@code windowDays} periods (inclusive of today) reaches {@code threshold}. With window 1 and
 * threshold 1 this is the single-case real-time alert (plague, cholera, SARS …). Person-level rules with distinct
 * persons per unit are {@link CountWindowRule}s.
 */
public final class FixedThreshold implements Detector {

    private final int windowDays;
    private final double threshold;

    public FixedThreshold(int windowDays, double threshold) {
        if (windowDays < 1) {
            throw new InvalidDetectorParameter("windowDays", "时间窗口至少为 1 天");
        }
        if (!(threshold > 0)) {
            throw new InvalidDetectorParameter("threshold", "阈值必须为正数");
        }
        this.windowDays = windowDays;
        this.threshold = threshold;
    }

    @Override
    public String algorithm() {
        return "fixedThreshold";
    }

    @Override
    public EvaluationRange defaultRange(CountSeries series) {
        return EvaluationRange.of(Math.min(windowDays, series.length()), series.length());
    }

    @Override
    public DetectionResult detect(CountSeries series, EvaluationRange range) {
        EvaluationRange r = range == null ? defaultRange(series) : range;
        if (r.to() > series.length()) {
            throw new InvalidDetectorParameter("range", "评估区间终点 " + r.to() + " 超出序列长度 " + series.length());
        }
        List<DetectionPoint> out = new ArrayList<>(r.size());
        for (int t = r.from(); t <= r.to(); t++) {
            if (t < windowDays) {
                out.add(DetectionPoint.insufficient(t, series.dateAt(t), series.at(t)));
                continue;
            }
            double sum = 0;
            for (int i = t - windowDays + 1; i <= t; i++) {
                sum += series.at(i);
            }
            out.add(new DetectionPoint(
                    t,
                    series.dateAt(t),
                    sum,
                    null,
                    threshold,
                    sum >= threshold,
                    null,
                    null,
                    DetectionPoint.Status.EVALUATED));
        }
        return new DetectionResult(algorithm(), out);
    }
}
