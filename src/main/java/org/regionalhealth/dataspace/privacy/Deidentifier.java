package org.regionalhealth.dataspace.privacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * De-identification by construction (GB/T 37964-2019: 识别标识符 → 处理标识符 → 验证): direct identifiers are dropped,
 * quasi-identifiers start at their hierarchy's {@linkplain Hierarchy#minimumRelease() minimum release level} and are
 * raised one level at a time — always the quasi-identifier with the most distinct values, as in Sweeney's Datafly —
 * until the rows left in groups below k are few enough ({@code maxSuppression} of the table) to be withheld. The
 * result still has to pass {@link KAnonymityGate}: nothing here decides that a table may leave.
 */
public final class Deidentifier {

    private Deidentifier() {}

    /**
     * @param raw the table as stored
     * @param k the smallest group allowed
     * @param maxSuppression the largest share of rows that may be withheld instead of generalising further (0–1)
     */
    public static Deidentified deidentify(Microdata raw, int k, double maxSuppression) {
        var keep = new ArrayList<Integer>();
        for (int i = 0; i < raw.columns().size(); i++) {
            if (!raw.columns().get(i).direct()) {
                keep.add(i);
            }
        }
        var columns = keep.stream().map(i -> raw.columns().get(i)).toList();
        int[] levels = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            levels[c] = columns.get(c).quasi() ? columns.get(c).hierarchy().minimumRelease() : 0;
        }
        int[] quasi = KAnonymity.quasiColumns(columns);
        int n = raw.rows().size();
        while (true) {
            var rows = apply(raw.rows(), keep, columns, levels);
            var groups = KAnonymity.groups(rows, quasi, k);
            if (groups.rowsBelow() <= Math.floor(maxSuppression * n)) {
                return suppress(columns, rows, levels, groups, k);
            }
            int raise = -1;
            int mostDistinct = -1;
            for (int q : quasi) {
                if (levels[q] < columns.get(q).hierarchy().maxLevel()) {
                    var distinct = new HashSet<String>();
                    for (var row : rows) {
                        distinct.add(row[q]);
                    }
                    if (distinct.size() > mostDistinct) {
                        mostDistinct = distinct.size();
                        raise = q;
                    }
                }
            }
            if (raise < 0) {
                // nothing left to generalise: hand the table over as it is, and the gate refuses it
                return new Deidentified(
                        columns, rows, levelMap(columns, levels), 0, groups.smallest(), groups.groups(), k);
            }
            levels[raise]++;
        }
    }

    /** The table with the quasi-identifiers at fixed levels (no search): what a test or a fixed policy asks for. */
    public static List<String[]> generalise(Microdata raw, int[] levels) {
        var all = new ArrayList<Integer>();
        for (int i = 0; i < raw.columns().size(); i++) {
            all.add(i);
        }
        return apply(raw.rows(), all, raw.columns(), levels);
    }

    private static List<String[]> apply(List<String[]> raw, List<Integer> keep, List<Column> columns, int[] levels) {
        var rows = new ArrayList<String[]>(raw.size());
        for (var source : raw) {
            var row = new String[keep.size()];
            for (int c = 0; c < row.length; c++) {
                String value = source[keep.get(c)];
                row[c] = levels[c] == 0 ? value : columns.get(c).hierarchy().generalise(value, levels[c]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static Deidentified suppress(
            List<Column> columns, List<String[]> rows, int[] levels, KAnonymity.Groups groups, int k) {
        var kept = new ArrayList<String[]>(rows.size());
        int smallest = Integer.MAX_VALUE;
        var keys = new HashSet<Long>();
        for (int r = 0; r < rows.size(); r++) {
            if (groups.sizes()[r] >= k) {
                kept.add(rows.get(r));
                smallest = Math.min(smallest, groups.sizes()[r]);
                keys.add(groups.keys()[r]);
            }
        }
        return new Deidentified(
                columns,
                kept,
                levelMap(columns, levels),
                rows.size() - kept.size(),
                kept.isEmpty() ? 0 : smallest,
                keys.size(),
                k);
    }

    private static LinkedHashMap<String, Integer> levelMap(List<Column> columns, int[] levels) {
        var map = new LinkedHashMap<String, Integer>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).quasi()) {
                map.put(columns.get(c).key(), levels[c]);
            }
        }
        return map;
    }
}
