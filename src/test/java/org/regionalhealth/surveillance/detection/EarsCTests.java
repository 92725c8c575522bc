package org.regionalhealth.surveillance.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class EarsCTests {

    private static final double TOLERANCE = 1e-9;

    @AfterAll
    static void writeReport() {
        ReferenceReport.write();
    }

    @Test
    void surveillanceModeReproducesEveryRowOfRsEarsC() {
        List<String> failures = new ArrayList<>();
        long rows = 0;
        for (Map.Entry<List<String>, List<ReferenceData.Row>> g : ReferenceData.groupBy(
                        ReferenceData.read("ref_earsC.csv"), "dataset", "series", "method", "variant")
                .entrySet()) {
            List<ReferenceData.Row> ref = g.getValue();
            ReferenceData.Row first = ref.get(0);
            EarsC.Method method = EarsC.Method.valueOf(first.get("method"));
            EarsC ears = new EarsC(
                    method,
                    EarsC.Mode.SURVEILLANCE,
                    first.integer("baseline"),
                    first.number("minSigma"),
                    first.number("alpha"),
                    2);
            CountSeries series = ReferenceData.input(first.get("dataset"), first.get("series"));
            EvaluationRange range = ReferenceData.rangeOf(ref);
            assertThat(range).isEqualTo(ears.defaultRange(series));
            List<DetectionPoint> points = ears.detect(series, range).points();
            ReferenceReport.Line line = ReferenceReport.line(
                    "earsC " + method, first.get("dataset") + " " + first.get("variant"), "upperbound abs", TOLERANCE);
            for (ReferenceData.Row row : ref) {
                int t = row.integer("t");
                DetectionPoint p = points.get(t - range.from());
                assertThat(p.t()).isEqualTo(t);
                double expectedUpper = row.number("upperbound");
                String where = g.getKey() + " t=" + t;
                line.rows++;
                rows++;
                if (Double.isNaN(expectedUpper) != (p.upperbound() == null)) {
                    line.naMismatches++;
                    failures.add(where + " NA mismatch: R " + expectedUpper + " Java " + p.upperbound());
                } else if (p.upperbound() != null) {
                    line.error(Math.abs(p.upperbound() - expectedUpper), where);
                }
                if (!Objects.equals(row.flag("alarm"), p.alarm())) {
                    line.alarmMismatches++;
                    failures.add(where + " alarm: R " + row.flag("alarm") + " Java " + p.alarm());
                }
            }
            if (line.maxError > TOLERANCE) {
                failures.add(line.detector + " " + line.variant + " error " + line.maxError + " at " + line.worst);
            }
        }
        assertThat(rows).isEqualTo(70_167);
        assertThat(failures).as("mismatches against R earsC").isEmpty();
    }

    @Test
    void surveillanceC3IgnoresTheCurrentDaysC2() {
        // baseline constant at 5 with SD 0 would be NA; use a varying baseline and a spike only today
        double[] y = {4, 6, 5, 4, 6, 5, 4, 6, 5, 4, 6, 30};
        CountSeries s = CountSeries.indexed(365, y);
        DetectionPoint compat =
                EarsC.surveillance(EarsC.Method.C3).detect(s).points().get(0);
        DetectionPoint canonical =
                EarsC.canonical(EarsC.Method.C3).detect(s).points().get(0);
        assertThat(compat.t()).isEqualTo(12);
        assertThat(compat.alarm()).isFalse();
        assertThat(canonical.alarm()).isTrue();
    }

    @Test
    void canonicalC1MatchesHandComputation() {
        // baseline 1..7: mean 4, sd sqrt(14/3); threshold 4 + 3.090232 * 2.160247 = 10.6757
        double[] y = {1, 2, 3, 4, 5, 6, 7, 11};
        DetectionPoint p = EarsC.canonical(EarsC.Method.C1)
                .detect(CountSeries.indexed(365, y))
                .points()
                .get(0);
        double sd = Math.sqrt(28.0 / 6.0);
        assertThat(p.expected()).isEqualTo(4.0);
        assertThat(p.upperbound()).isCloseTo(4 + 3.090232306167813 * sd, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(p.score()).isCloseTo(7 / sd, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(p.alarm()).isTrue();
    }

    @Test
    void canonicalModeNeverReturnsUndefinedOnConstantBaselines() {
        double[] y = new double[20];
        java.util.Arrays.fill(y, 5);
        y[19] = 6;
        for (EarsC.Method m : EarsC.Method.values()) {
            List<DetectionPoint> pts =
                    EarsC.canonical(m).detect(CountSeries.indexed(365, y)).points();
            assertThat(pts).allMatch(p -> p.status() == DetectionPoint.Status.EVALUATED);
            assertThat(pts.get(pts.size() - 1).alarm()).isTrue();
        }
        List<DetectionPoint> compat = EarsC.surveillance(EarsC.Method.C3)
                .detect(CountSeries.indexed(365, y))
                .points();
        assertThat(compat).anyMatch(p -> p.status() == DetectionPoint.Status.UNDEFINED);
    }

    @Test
    void pointsWithoutEnoughHistoryAreTypedInsufficientBaseline() {
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        List<DetectionPoint> pts = EarsC.surveillance(EarsC.Method.C2)
                .detect(CountSeries.indexed(365, y), EvaluationRange.of(1, 10))
                .points();
        assertThat(pts).hasSize(10);
        assertThat(pts.subList(0, 9)).allMatch(p -> p.status() == DetectionPoint.Status.INSUFFICIENT_BASELINE);
        assertThat(pts.get(0).alarm()).isNull();
        assertThat(pts.get(9).status()).isEqualTo(DetectionPoint.Status.EVALUATED);
    }

    @Test
    void rejectsABaselineShorterThanThree() {
        assertThatThrownBy(() -> new EarsC(EarsC.Method.C1, EarsC.Mode.SURVEILLANCE, 2, 0, 0.001, 2))
                .isInstanceOf(InvalidDetectorParameter.class)
                .extracting(e -> ((InvalidDetectorParameter) e).parameter())
                .isEqualTo("baseline");
    }
}
