package org.regionalhealth.surveillance.detection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CIDARS moving percentile method (移动百分位数法, MPM), research note §1.3 and §8.2.
 *
 * <p>The observed value X(T) is the sum of the last {@code window} periods (7 days in the daily CIDARS form, 1 week
 * in the weekly form). The baseline is the same sum at the same position ±{@code halfPeriods} periods (a period is
 * {@code window} long) in each of the previous {@code years} years: 3 × 5 = 15 values by default. The threshold is the
 * {@code percentile} of the baseline by R's {@code quantile(type = 7)} (= Excel PERCENTILE.INC); signal when X(T)
 * exceeds it (strictly, or {@code >=} if {@code inclusive}) and X(T) ≥ {@code minCount}.
 *
 * <p>One year back is {@code frequency} periods for weekly/monthly series; for daily series it is the same calendar
 * date one year earlier when the series is dated (or 365 days), or 364 days with {@code weekdayAligned}.
 */
public final class MovingPercentile implements Detector {

    private final double percentile;
    private final int years;
    private final int halfPeriods;
    private final int window;
    private final boolean weekdayAligned;
    private final boolean inclusive;
    private final double minCount;

    public MovingPercentile(
            double percentile,
            int years,
            int halfPeriods,
            int window,
            boolean weekdayAligned,
            boolean inclusive,
            double minCount) {
        if (!(percentile >= 0 && percentile <= 1)) {
            throw new InvalidDetectorParameter("percentile", "百分位数必须在 0 到 1 之间（如 0.8 表示 P80），实际为 " + percentile);
        }
        if (years < 1) {
            throw new InvalidDetectorParameter("years", "历史年数至少为 1");
        }
        if (halfPeriods < 0) {
            throw new InvalidDetectorParameter("halfPeriods", "前后期数不能为负数");
        }
        if (window < 1) {
            throw new InvalidDetectorParameter("window", "观察期长度至少为 1");
        }
        this.percentile = percentile;
        this.years = years;
        this.halfPeriods = halfPeriods;
        this.window = window;
        this.weekdayAligned = weekdayAligned;
        this.inclusive = inclusive;
        this.minCount = minCount;
    }

    /** Weekly form of the reference oracle: same week ±2 weeks in each of 3 years, strict, no minimum count. */
    public static MovingPercentile weekly(double percentile) {
        return new MovingPercentile(percentile, 3, 2, 1, false, false, 0);
    }

    /** Daily CIDARS form: 7-day sums, same 7-day period ±2 periods in each of 3 years, at least 1 case. */
    public static MovingPercentile cidarsDaily(double percentile) {
        return new MovingPercentile(percentile, 3, 2, 7, false, false, 1);
    }

    @Override
    public String algorithm() {
        return "movingPercentile";
    }

    @Override
    public EvaluationRange defaultRange(CountSeries series) {
        int first = earliestIndex(series);
        return EvaluationRange.of(Math.min(first, series.length()), series.length());
    }

    private int yearLag(CountSeries s) {
        if (s.frequency() != 365) {
            return s.frequency();
        }
        return weekdayAligned ? 364 : 365;
    }

    private int earliestIndex(CountSeries s) {
        return years * yearLag(s) + halfPeriods * window + window;
    }

    /** 1-based index of "t one year back y times", by calendar for dated daily series. */
    private int yearsBack(CountSeries s, int t, int y) {
        if (s.frequency() == 365 && s.dateIndexed() && !weekdayAligned) {
            LocalDate d = s.dateAt(t);
            return t - (int) ChronoUnit.DAYS.between(d.minusYears(y), d);
        }
        return t - y * yearLag(s);
    }

    @Override
    public DetectionResult detect(CountSeries series, EvaluationRange range) {
        EvaluationRange r = range == null ? defaultRange(series) : range;
        if (r.to() > series.length()) {
            throw new InvalidDetectorParameter("range", "评估区间终点 " + r.to() + " 超出序列长度 " + series.length());
        }
        double[] y = series.values();
        double[] baseline = new double[years * (2 * halfPeriods + 1)];
        List<DetectionPoint> out = new ArrayList<>(r.size());
        for (int t = r.from(); t <= r.to(); t++) {
            int oldest = yearsBack(series, t, years) - halfPeriods * window - window + 1;
            if (oldest < 1) {
                out.add(DetectionPoint.insufficient(t, series.dateAt(t), windowSum(y, t)));
                continue;
            }
            int n = 0;
            for (int yr = 1; yr <= years; yr++) {
                int centre = yearsBack(series, t, yr);
                for (int j = -halfPeriods; j <= halfPeriods; j++) {
                    baseline[n++] = windowSum(y, centre + j * window);
                }
            }
            double x = windowSum(y, t);
            double threshold = quantileType7(baseline, percentile);
            double median = quantileType7(baseline, 0.5);
            if (Double.isNaN(threshold) || Double.isNaN(x)) {
                out.add(new DetectionPoint(
                        t,
                        series.dateAt(t),
                        DetectionPoint.boxed(x),
                        null,
                        null,
                        null,
                        null,
                        null,
                        DetectionPoint.Status.UNDEFINED));
                continue;
            }
            boolean alarm = (inclusive ? x >= threshold : x > threshold) && x >= minCount;
            out.add(new DetectionPoint(
                    t, series.dateAt(t), x, median, threshold, alarm, null, null, DetectionPoint.Status.EVALUATED));
        }
        return new DetectionResult(algorithm(), out);
    }

    private double windowSum(double[] y, int t) {
        double s = 0;
        for (int i = t - window + 1; i <= t; i++) {
            s += i >= 1 ? y[i - 1] : Double.NaN;
        }
        return s;
    }

    /** R {@code quantile(x, p, type = 7)}: (1 - h) * x[lo] + h * x[hi] on the sorted values (R stats/quantile.R). */
    static double quantileType7(double[] values, double p) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
        }
        double[] x = values.clone();
        Arrays.sort(x);
        double index = (x.length - 1) * p; // 0-based
        int lo = (int) Math.floor(index);
        int hi = (int) Math.ceil(index);
        double q = x[lo];
        double h = index - lo;
        if (index > lo && x[hi] != q) {
            q = (1 - h) * q + h * x[hi];
        }
        return q;
    }
}
