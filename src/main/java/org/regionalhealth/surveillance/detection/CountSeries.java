package org.regionalhealth.surveillance.detection;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A count series as the detectors see it, modelled on R {@code surveillance}'s {@code sts} object: a frequency
 * (52 weekly, 365 daily, 12 monthly), optional epoch dates (date-indexed series; {@code null} for index-based ones)
 * and the observed counts, {@link Double#NaN} standing for a missing value (R's {@code NA}).
 */
public record CountSeries(int frequency, List<LocalDate> dates, double[] observed) {

    public CountSeries {
        if (frequency != 12 && frequency != 52 && frequency != 365) {
            throw new InvalidDetectorParameter("frequency", "频率必须为 52（周）、365（日）或 12（月），实际为 " + frequency);
        }
        if (observed == null) {
            throw new InvalidDetectorParameter("observed", "缺少观测计数序列");
        }
        for (double v : observed) {
            if (v < 0) {
                throw new InvalidDetectorParameter("observed", "观测计数不能为负数：" + v);
            }
        }
        if (dates != null) {
            if (dates.size() != observed.length) {
                throw new InvalidDetectorParameter(
                        "dates", "日期个数 " + dates.size() + " 与观测个数 " + observed.length + " 不一致");
            }
            dates = List.copyOf(dates);
        }
        observed = observed.clone();
    }

    /** An index-based series (no dates), as R's {@code sts} with {@code epochAsDate = FALSE}. */
    public static CountSeries indexed(int frequency, double... observed) {
        return new CountSeries(frequency, null, observed);
    }

    /** A date-indexed series. */
    public static CountSeries dated(int frequency, List<LocalDate> dates, double... observed) {
        return new CountSeries(frequency, dates, observed);
    }

    public int length() {
        return observed.length;
    }

    public boolean dateIndexed() {
        return dates != null;
    }

    /** Observed value at 1-based index {@code t}. */
    public double at(int t) {
        return observed[t - 1];
    }

    /** Date at 1-based index {@code t}, or {@code null} for an index-based series. */
    public LocalDate dateAt(int t) {
        return dates == null ? null : dates.get(t - 1);
    }

    @Override
    public double[] observed() {
        return observed.clone();
    }

    /** The internal array, not copied: for the detectors of this package only. */
    double[] values() {
        return observed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountSeries c
                && c.frequency == frequency
                && java.util.Objects.equals(c.dates, dates)
                && Arrays.equals(c.observed, observed);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(observed) + frequency;
    }

    @Override
    public String toString() {
        return "CountSeries[frequency=" + frequency + ", length=" + observed.length + ", dated=" + dateIndexed() + "]";
    }
}
