package org.regionalhealth.surveillance.detection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects per-variant parity figures against R {@code surveillance} and writes them to
 * {@code target/detection-reference-report.md} (rewritten after each test class, so a run of several reference
 * test classes in one JVM ends with all their sections).
 */
final class ReferenceReport {

    private static final Logger log = LoggerFactory.getLogger(ReferenceReport.class);
    private static final Path FILE = Path.of("target", "detection-reference-report.md");
    private static final Map<String, Line> lines = new TreeMap<>();

    /** Running figures for one variant. */
    static final class Line {
        final String detector;
        final String variant;
        final String measure;
        final double tolerance;
        long rows;
        double maxError;
        String worst = "";
        long alarmMismatches;
        long naMismatches;

        Line(String detector, String variant, String measure, double tolerance) {
            this.detector = detector;
            this.variant = variant;
            this.measure = measure;
            this.tolerance = tolerance;
        }

        void error(double e, String where) {
            if (e > maxError || Double.isNaN(e)) {
                maxError = Double.isNaN(e) ? Double.POSITIVE_INFINITY : e;
                worst = where;
            }
        }

        boolean ok() {
            return alarmMismatches == 0 && naMismatches == 0 && maxError <= tolerance;
        }
    }

    private ReferenceReport() {}

    static synchronized Line line(String detector, String variant, String measure, double tolerance) {
        return lines.computeIfAbsent(detector + " | " + variant, k -> new Line(detector, variant, measure, tolerance));
    }

    static synchronized void write() {
        List<String> out = new ArrayList<>();
        out.add("# Detection engine: parity with R surveillance 1.20.3");
        out.add("");
        out.add("Reference vectors: `src/test/resources/surveillance/reference/` (copied from `shared/peer/`,"
                + " produced by `make-reference.R`). One line per detector and variant.");
        out.add("");
        out.add("| detector | variant | rows compared | measure | largest error | tolerance | alarm mismatches"
                + " | NA mismatches | worst row | ok |");
        out.add("|---|---|---:|---|---:|---:|---:|---:|---|---|");
        for (Line l : lines.values()) {
            out.add(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %s | %.3e | %.0e | %d | %d | %s | %s |",
                    l.detector,
                    l.variant,
                    l.rows,
                    l.measure,
                    l.maxError,
                    l.tolerance,
                    l.alarmMismatches,
                    l.naMismatches,
                    l.worst,
                    l.ok() ? "yes" : "**NO**"));
        }
        String text = String.join("\n", out) + "\n";
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("reference parity report ({}):\n{}", FILE.toAbsolutePath(), text);
    }
}
