package org.regionalhealth.dataspace.privacy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * Equivalence classes over the quasi-identifiers (k-anonymity, Sweeney 2002; GB/T 37964-2019 Annex B K-匿名): every
 * combination of quasi-identifier values that occurs must occur at least k times. Values are dictionary-coded per
 * column and the combination packed into one {@code long}, so two million rows are sorted and counted in well under a
 * second (docs/benchmarks.md).
 */
public final class KAnonymity {

    private KAnonymity() {}

    /**
     * The groups of a table.
     *
     * @param groups number of distinct quasi-identifier combinations
     * @param smallest rows in the smallest group (0 for an empty table)
     * @param rowsBelow rows in groups smaller than the k asked about
     * @param keys the group key of every row (same order as the rows), for suppression
     * @param sizes the size of the group of every row
     */
    public record Groups(int groups, int smallest, int rowsBelow, long[] keys, int[] sizes) {

        /** Whether every group holds at least k rows (an empty table releases nothing and passes). */
        public boolean meets(int k) {
            return smallest >= k || groups == 0;
        }
    }

    /** The groups formed by the columns at {@code quasi} (indexes into each row), with the rows below k counted. */
    public static Groups groups(List<String[]> rows, int[] quasi, int k) {
        int n = rows.size();
        long[] keys = new long[n];
        if (quasi.length > 0 && n > 0) {
            @SuppressWarnings("unchecked")
            HashMap<String, Integer>[] dictionaries = new HashMap[quasi.length];
            int[][] codes = new int[quasi.length][n];
            for (int c = 0; c < quasi.length; c++) {
                var dictionary = new HashMap<String, Integer>();
                int column = quasi[c];
                int[] columnCodes = codes[c];
                for (int r = 0; r < n; r++) {
                    String value = rows.get(r)[column];
                    Integer code = dictionary.get(value);
                    if (code == null) {
                        code = dictionary.size();
                        dictionary.put(value, code);
                    }
                    columnCodes[r] = code;
                }
                dictionaries[c] = dictionary;
            }
            // mixed radix when the product of the cardinalities fits in 62 bits, else a hash of the combination
            double capacity = 1;
            for (var dictionary : dictionaries) {
                capacity *= Math.max(1, dictionary.size());
            }
            if (capacity < (double) (1L << 62)) {
                for (int r = 0; r < n; r++) {
                    long key = 0;
                    for (int c = 0; c < quasi.length; c++) {
                        key = key * Math.max(1, dictionaries[c].size()) + codes[c][r];
                    }
                    keys[r] = key;
                }
            } else {
                var combinations = new HashMap<String, Long>();
                for (int r = 0; r < n; r++) {
                    var text = new StringBuilder();
                    for (int c = 0; c < quasi.length; c++) {
                        text.append(codes[c][r]).append(',');
                    }
                    keys[r] = combinations.computeIfAbsent(text.toString(), t -> (long) combinations.size());
                }
            }
        }
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        // run lengths: distinct keys and their counts, for the per-row sizes by binary search
        long[] distinct = new long[n];
        int[] counts = new int[n];
        int groups = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && sorted[j] == sorted[i]) {
                j++;
            }
            distinct[groups] = sorted[i];
            counts[groups] = j - i;
            groups++;
            i = j;
        }
        int smallest = groups == 0 ? 0 : Integer.MAX_VALUE;
        int rowsBelow = 0;
        for (int g = 0; g < groups; g++) {
            smallest = Math.min(smallest, counts[g]);
            if (counts[g] < k) {
                rowsBelow += counts[g];
            }
        }
        int[] sizes = new int[n];
        for (int r = 0; r < n; r++) {
            sizes[r] = counts[Arrays.binarySearch(distinct, 0, groups, keys[r])];
        }
        return new Groups(groups, smallest, rowsBelow, keys, sizes);
    }

    /** Indexes of the quasi-identifier columns of a table. */
    public static int[] quasiColumns(List<Column> columns) {
        return java.util.stream.IntStream.range(0, columns.size())
                .filter(i -> columns.get(i).quasi())
                .toArray();
    }
}
