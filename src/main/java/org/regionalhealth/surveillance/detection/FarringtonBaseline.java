package org.regionalhealth.surveillance.detection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reference time points and season blocks of farringtonFlexible (R {@code surveillance} 1.20.3,
 * R/farringtonFlexible.R: {@code algo.farrington.referencetimepoints}, {@code blocks},
 * {@code algo.farrington.data.glm}); research note §8.3 steps 1-4.
 */
final class FarringtonBaseline {

    private final CountSeries series;
    private final Map<LocalDate, Integer> indexOfDate;
    private final int[] blocks;

    FarringtonBaseline(CountSeries series) {
        this.series = series;
        this.blocks = new int[series.length() + 1]; // 1-based, 0 = not in any block (R's NA)
        if (series.dateIndexed()) {
            indexOfDate = new HashMap<>(series.length() * 2);
            for (int i = 1; i <= series.length(); i++) {
                indexOfDate.put(series.dateAt(i), i);
            }
        } else {
            indexOfDate = null;
        }
    }

    /** Design of one evaluation: retained indices, their wtime, season level, and the prediction wtime. */
    record Design(int[] index, double[] wtime, int[] level, double predictionWtime) {}

    /**
     * The GLM data for time point k (1-based), or {@code null} when a reference point or its window lies before the
     * series (R stops with "Some reference time points did not exist").
     */
    Design design(int k, int b, int w, int noPeriods, int pastWeeksNotIncluded) {
        int[] ref = referenceIndices(k, b);
        if (ref == null) {
            return null;
        }
        Arrays.fill(blocks, 0);
        int n = series.length();
        for (int i = Math.max(1, k - w); i <= k; i++) {
            blocks[i] = noPeriods;
        }
        for (int i = 1; i <= b; i++) {
            int refWeek = ref[i];
            if (refWeek - w < 0) {
                return null; // R cannot mix negative and positive subscripts: it stops here
            }
            for (int j = Math.max(1, refWeek - w); j <= Math.min(n, refWeek + w); j++) {
                blocks[j] = noPeriods;
            }
            if (noPeriods != 1) {
                int period = ref[i - 1] - 2 * w - 1 - refWeek;
                int length = Math.floorDiv(period, noPeriods - 1);
                int rest = Math.floorMod(period, noPeriods - 1);
                int from = refWeek + w + 1;
                for (int level = 1; level <= noPeriods - 1; level++) {
                    int len = length + (level <= rest ? 1 : 0);
                    for (int j = from; j < from + len; j++) {
                        if (j >= 1 && j <= n) {
                            blocks[j] = level;
                        }
                    }
                    from += len;
                }
            }
        }
        // pastWeeksNotIncluded: blocksID[(k - pastWeeksNotIncluded):k] <- NA
        int firstBlockIndex = -1;
        int count = 0;
        for (int i = 1; i <= n; i++) {
            boolean excluded = i >= k - pastWeeksNotIncluded && i <= k;
            if (blocks[i] != 0 && !excluded) {
                if (firstBlockIndex < 0) {
                    firstBlockIndex = i;
                }
                if (!Double.isNaN(series.at(i))) {
                    count++;
                }
            }
        }
        if (count == 0) {
            return null;
        }
        int[] index = new int[count];
        double[] wtime = new double[count];
        int[] level = new int[count];
        int m = 0;
        for (int i = firstBlockIndex; i <= n; i++) {
            boolean excluded = i >= k - pastWeeksNotIncluded && i <= k;
            if (blocks[i] != 0 && !excluded && !Double.isNaN(series.at(i))) {
                index[m] = i;
                level[m] = blocks[i];
                wtime[m] = wtime(i, firstBlockIndex);
                m++;
            }
        }
        // R computes the prediction origin from dataGLM after removing missing responses
        return new Design(index, wtime, level, wtime(k, index[0]));
    }

    private double wtime(int i, int origin) {
        if (!series.dateIndexed()) {
            return i;
        }
        double step = ChronoUnit.DAYS.between(series.dateAt(1), series.dateAt(2));
        return ChronoUnit.DAYS.between(series.dateAt(origin), series.dateAt(i)) / step;
    }

    /** Indices of the reference time points, [0] = k, [j] = j years back; null if one is missing. */
    private int[] referenceIndices(int k, int b) {
        int[] ref = new int[b + 1];
        if (!series.dateIndexed()) {
            for (int j = 0; j <= b; j++) {
                ref[j] = k - j * series.frequency();
                if (ref[j] < 1) {
                    return null;
                }
            }
            return ref;
        }
        LocalDate day = series.dateAt(k);
        for (int j = 0; j <= b; j++) {
            LocalDate r = minusYearsAsR(day, j);
            if (series.frequency() == 52) {
                r = sameWeekdayNearest(r, day.getDayOfWeek());
            }
            Integer idx = indexOfDate.get(r);
            if (idx == null) {
                return null;
            }
            ref[j] = idx;
        }
        return ref;
    }

    /** R's {@code seq(date, by = "-1 year")}: through POSIXlt, so 29 February maps to 1 March in common years. */
    static LocalDate minusYearsAsR(LocalDate d, int years) {
        int year = d.getYear() - years;
        if (d.getMonthValue() == 2 && d.getDayOfMonth() == 29 && !java.time.Year.isLeap(year)) {
            return LocalDate.of(year, 3, 1);
        }
        return LocalDate.of(year, d.getMonthValue(), d.getDayOfMonth());
    }

    /** The date with weekday {@code target} nearest to {@code r} (ties to the one found first, as R). */
    static LocalDate sameWeekdayNearest(LocalDate r, DayOfWeek target) {
        int actual = r.getDayOfWeek().getValue() % 7; // R's %w: Sunday = 0
        int wanted = target.getValue() % 7;
        LocalDate a = r.minusDays(actual - wanted);
        LocalDate b = a.plusDays(a.isAfter(r) ? -7 : 7);
        long da = Math.abs(ChronoUnit.DAYS.between(r, a));
        long db = Math.abs(ChronoUnit.DAYS.between(r, b));
        return da > db ? b : a;
    }
}
