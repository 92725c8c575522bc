package org.regionalhealth.surveillance.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the R {@code surveillance} 1.20.3 reference vectors copied from {@code shared/peer/} into
 * {@code src/test/resources/surveillance/reference/} (produced by {@code make-reference.R}, same folder).
 */
final class ReferenceData {

    private static final String ROOT = "/surveillance/reference/";
    private static Map<String, CountSeries> inputs;

    private ReferenceData() {}

    /** One CSV row as column name to raw text ("NA" kept as is). */
    record Row(Map<String, String> cells) {
        String get(String column) {
            String v = cells.get(column);
            if (v == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            return v;
        }

        int integer(String column) {
            return Integer.parseInt(get(column));
        }

        /** The number, NaN for R's NA, infinities for Inf. */
        double number(String column) {
            String v = get(column);
            return switch (v) {
                case "NA" -> Double.NaN;
                case "Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(v);
            };
        }

        /** 0/1 alarm, or null for NA. */
        Boolean flag(String column) {
            String v = get(column);
            return "NA".equals(v) ? null : "1".equals(v);
        }
    }

    static List<Row> read(String file) {
        InputStream in = ReferenceData.class.getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new IllegalStateException("reference file missing from the test classpath: " + ROOT + file);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = r.readLine().split(",");
            List<Row> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                Map<String, String> cells = new HashMap<>(header.length * 2);
                for (int i = 0; i < header.length; i++) {
                    cells.put(header[i], f[i]);
                }
                rows.add(new Row(cells));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Groups rows by the given key columns, keeping file order. */
    static Map<List<String>, List<Row>> groupBy(List<Row> rows, String... columns) {
        Map<List<String>, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            List<String> key = new ArrayList<>(columns.length);
            for (String c : columns) {
                key.add(row.get(c));
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    /** Input series by "dataset/series"; date-indexed unless the labels are year-week ("2001-W01", index-based). */
    static synchronized Map<String, CountSeries> inputs() {
        if (inputs == null) {
            Map<String, CountSeries> m = new LinkedHashMap<>();
            for (Map.Entry<List<String>, List<Row>> g :
                    groupBy(read("input_series.csv"), "dataset", "series").entrySet()) {
                List<Row> rows = g.getValue();
                double[] y = new double[rows.size()];
                List<LocalDate> dates = new ArrayList<>();
                boolean dated = !rows.get(0).get("date").contains("W");
                for (int i = 0; i < rows.size(); i++) {
                    Row row = rows.get(i);
                    if (row.integer("t") != i + 1) {
                        throw new IllegalStateException("input rows out of order in " + g.getKey());
                    }
                    y[i] = row.number("observed");
                    if (dated) {
                        dates.add(LocalDate.parse(row.get("date")));
                    }
                }
                int freq = rows.get(0).integer("freq");
                m.put(g.getKey().get(0) + "/" + g.getKey().get(1), new CountSeries(freq, dated ? dates : null, y));
            }
            inputs = m;
        }
        return inputs;
    }

    static CountSeries input(String dataset, String series) {
        CountSeries s = inputs().get(dataset + "/" + series);
        if (s == null) {
            throw new IllegalArgumentException("no input series " + dataset + "/" + series);
        }
        return s;
    }

    /** The 1-based range spanned by the t column of a group. */
    static EvaluationRange rangeOf(List<Row> rows) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (Row r : rows) {
            lo = Math.min(lo, r.integer("t"));
            hi = Math.max(hi, r.integer("t"));
        }
        return EvaluationRange.of(lo, hi);
    }
}
