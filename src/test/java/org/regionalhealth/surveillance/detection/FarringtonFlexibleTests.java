package org.regionalhealth.surveillance.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class FarringtonFlexibleTests {

    /** Relative tolerance of the brief; the denominator is floored at {@link #FLOOR} (see compare()). */
    private static final double TOLERANCE = 1e-8;

    private static final double FLOOR = 1e-6;

    private static final String[] NUMERIC = {"upperbound", "expected", "score", "pvalue", "mu0", "phi", "trendCoef"};

    @AfterAll
    static void writeReport() {
        ReferenceReport.write();
    }

    /** The control lists of make-reference.R, variant by variant. */
    static FarringtonFlexible.Control controlOf(String variant) {
        FarringtonFlexible.Control d = FarringtonFlexible.Control.defaults();
        return switch (variant) {
            case "salmNewport_default", "salmAllOnset_default", "rotaBB_default" -> d;
            case "salmNewport_noufaily" -> FarringtonFlexible.Control.noufaily();
            case "salmNewport_limit0" ->
                new FarringtonFlexible.Control(
                        d.b(),
                        d.w(),
                        d.reweight(),
                        d.weightsThreshold(),
                        d.alpha(),
                        d.trend(),
                        d.pThresholdTrend(),
                        0,
                        4,
                        d.powertrans(),
                        1,
                        3,
                        d.thresholdMethod());
            case "ha_b3" ->
                new FarringtonFlexible.Control(
                        3,
                        d.w(),
                        d.reweight(),
                        d.weightsThreshold(),
                        d.alpha(),
                        d.trend(),
                        d.pThresholdTrend(),
                        5,
                        4,
                        d.powertrans(),
                        1,
                        3,
                        d.thresholdMethod());
            default -> throw new IllegalArgumentException(variant);
        };
    }

    @Test
    void reproducesEveryRowOfRsFarringtonFlexibleInAllSixVariants() {
        List<String> failures = new ArrayList<>();
        long rows = 0;
        Map<List<String>, List<ReferenceData.Row>> groups =
                ReferenceData.groupBy(ReferenceData.read("ref_farringtonFlexible.csv"), "variant", "dataset", "series");
        for (Map.Entry<List<String>, List<ReferenceData.Row>> g : groups.entrySet()) {
            List<ReferenceData.Row> ref = g.getValue();
            String variant = g.getKey().get(0);
            FarringtonFlexible ff = new FarringtonFlexible(controlOf(variant));
            CountSeries series =
                    ReferenceData.input(g.getKey().get(1), g.getKey().get(2));
            EvaluationRange range = ReferenceData.rangeOf(ref);
            assertThat(range).isEqualTo(ff.defaultRange(series));
            List<FarringtonFlexible.Evaluation> ev = ff.evaluate(series, range);
            ReferenceReport.Line line =
                    ReferenceReport.line("farringtonFlexible", variant, "max relative (7 columns)", TOLERANCE);
            for (ReferenceData.Row row : ref) {
                int t = row.integer("t");
                FarringtonFlexible.Evaluation e = ev.get(t - range.from());
                DetectionPoint p = e.point();
                String where = g.getKey() + " t=" + t;
                line.rows++;
                rows++;
                Double[] java = {
                    p.upperbound(),
                    p.expected(),
                    p.score(),
                    p.pvalue(),
                    e.diagnostics().mu0(),
                    e.diagnostics().phi(),
                    e.diagnostics().trendCoef()
                };
                for (int c = 0; c < NUMERIC.length; c++) {
                    double r = row.number(NUMERIC[c]);
                    if (Double.isNaN(r) != (java[c] == null)) {
                        line.naMismatches++;
                        failures.add(where + " " + NUMERIC[c] + " NA mismatch: R " + r + " Java " + java[c]);
                    } else if (java[c] != null && Double.isInfinite(r)) {
                        if (java[c] != r) {
                            line.naMismatches++;
                            failures.add(where + " " + NUMERIC[c] + ": R " + r + " Java " + java[c]);
                        }
                    } else if (java[c] != null) {
                        line.error(Math.abs(java[c] - r) / Math.max(Math.abs(r), FLOOR), where + " " + NUMERIC[c]);
                    }
                }
                if (!Objects.equals(row.flag("alarm"), p.alarm())) {
                    line.alarmMismatches++;
                    failures.add(where + " alarm: R " + row.flag("alarm") + " Java " + p.alarm());
                }
                if ((row.integer("trendUsed") == 1) != e.diagnostics().trendUsed()) {
                    line.alarmMismatches++;
                    failures.add(where + " trendUsed differs");
                }
            }
        }
        for (String variant : List.of(
                "salmNewport_default",
                "salmNewport_noufaily",
                "salmNewport_limit0",
                "ha_b3",
                "salmAllOnset_default",
                "rotaBB_default")) {
            ReferenceReport.Line line = ReferenceReport.line("farringtonFlexible", variant, "", TOLERANCE);
            if (line.maxError > TOLERANCE) {
                failures.add(variant + " largest relative error " + line.maxError + " at " + line.worst);
            }
        }
        assertThat(rows).isEqualTo(15_212);
        assertThat(failures.subList(0, Math.min(failures.size(), 40))).isEmpty();
    }

    @Test
    void referenceWeeksMoveToTheNearestSameWeekday() {
        // 2009-01-19 is a Monday; one year back is Saturday 2008-01-19, nearest Monday 2008-01-21
        LocalDate r = FarringtonBaseline.minusYearsAsR(LocalDate.of(2009, 1, 19), 1);
        assertThat(FarringtonBaseline.sameWeekdayNearest(r, DayOfWeek.MONDAY)).isEqualTo(LocalDate.of(2008, 1, 21));
        assertThat(FarringtonBaseline.minusYearsAsR(LocalDate.of(2012, 2, 29), 1))
                .isEqualTo(LocalDate.of(2011, 3, 1));
    }

    @Test
    void tooShortHistoryIsInsufficientBaselineNotAnException() {
        double[] y = new double[100];
        java.util.Arrays.fill(y, 3);
        List<DetectionPoint> pts = new FarringtonFlexible(FarringtonFlexible.Control.defaults())
                .detect(CountSeries.indexed(52, y), EvaluationRange.of(90, 100))
                .points();
        assertThat(pts).hasSize(11).allMatch(p -> p.status() == DetectionPoint.Status.INSUFFICIENT_BASELINE);
    }

    @Test
    void rejectsANegativeWindowNamingTheParameter() {
        FarringtonFlexible.Control d = FarringtonFlexible.Control.defaults();
        assertThatThrownBy(() -> new FarringtonFlexible.Control(
                        5, -1, true, 2.58, 0.05, true, 0.05, 5, 4, d.powertrans(), 1, 3, d.thresholdMethod()))
                .isInstanceOfSatisfying(InvalidDetectorParameter.class, e -> assertThat(e.parameter())
                        .isEqualTo("w"));
    }
}
