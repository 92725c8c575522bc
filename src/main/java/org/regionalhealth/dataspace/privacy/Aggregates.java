package org.regionalhealth.dataspace.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Counts (and a mean) per cell, computed inside the data space: a cell with fewer than {@code smallCell} people is
 * shown as suppressed (its count and mean withheld, 小格抑制); optional Laplace noise on the counts of the cells shown.
 * No margin totals are returned, so a suppressed cell cannot be recovered by subtraction.
 */
public final class Aggregates {

    private Aggregates() {}

    /**
     * A cell of the result.
     *
     * @param values the dimension values
     * @param count the count released (noisy when noise was asked for), null when suppressed
     * @param mean the mean of the measure, one decimal, null when suppressed or no measure
     */
    public record Cell(List<String> values, @Nullable Long count, @Nullable Double mean) {

        public boolean suppressed() {
            return count == null;
        }
    }

    /**
     * @param rows the rows
     * @param dimensions indexes of the grouping columns
     * @param measure index of a numeric column to average, or -1
     * @param smallCell cells below this count are suppressed
     * @param noise noise for the counts, or null
     */
    public static List<Cell> compute(
            List<String[]> rows, int[] dimensions, int measure, int smallCell, @Nullable LaplaceNoise noise) {
        var cells = new TreeMap<List<String>, double[]>((a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int c = a.get(i).compareTo(b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        for (var row : rows) {
            var key = Arrays.stream(dimensions).mapToObj(d -> row[d]).toList();
            double[] sums = cells.computeIfAbsent(key, k -> new double[2]);
            sums[0]++;
            if (measure >= 0) {
                sums[1] += Double.parseDouble(row[measure]);
            }
        }
        var result = new ArrayList<Cell>(cells.size());
        for (var entry : cells.entrySet()) {
            long count = (long) entry.getValue()[0];
            if (count < smallCell) {
                result.add(new Cell(entry.getKey(), null, null));
                continue;
            }
            Double mean = measure >= 0 ? Math.round(entry.getValue()[1] / count * 10) / 10.0 : null;
            result.add(new Cell(entry.getKey(), noise == null ? count : noise.noisy(count), mean));
        }
        return result;
    }
}
