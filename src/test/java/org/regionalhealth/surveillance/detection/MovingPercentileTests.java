package org.regionalhealth.surveillance.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class MovingPercentileTests {

    private static final double TOLERANCE = 1e-9;

    @AfterAll
    static void writeReport() {
        ReferenceReport.write();
    }

    @Test
    void weeklyFormReproducesEveryRowOfTheMpmOracle() {
        List<String> failures = new ArrayList<>();
        long rows = 0;
        for (Map.Entry<List<String>, List<ReferenceData.Row>> g : ReferenceData.groupBy(
                        ReferenceData.read("ref_mpm_spec.csv"), "dataset", "series", "percentile")
                .entrySet()) {
            List<ReferenceData.Row> ref = g.getValue();
            ReferenceData.Row first = ref.get(0);
            MovingPercentile mpm = MovingPercentile.weekly(first.number("percentile"));
            CountSeries series = ReferenceData.input(first.get("dataset"), first.get("series"));
            EvaluationRange range = ReferenceData.rangeOf(ref);
            assertThat(range).isEqualTo(mpm.defaultRange(series));
            List<DetectionPoint> points = mpm.detect(series, range).points();
            ReferenceReport.Line line = ReferenceReport.line(
                    "MPM (spec oracle)",
                    first.get("dataset") + " P" + Math.round(100 * first.number("percentile")),
                    "threshold abs",
                    TOLERANCE);
            for (ReferenceData.Row row : ref) {
                int t = row.integer("t");
                DetectionPoint p = points.get(t - range.from());
                line.rows++;
                rows++;
                line.error(Math.abs(p.upperbound() - row.number("threshold")), g.getKey() + " t=" + t);
                if (!row.flag("alarm").equals(p.alarm())) {
                    line.alarmMismatches++;
                    failures.add(g.getKey() + " t=" + t + " alarm R " + row.flag("alarm"));
                }
            }
            if (line.maxError > TOLERANCE) {
                failures.add(line.variant + " error " + line.maxError + " at " + line.worst);
            }
        }
        assertThat(rows).isEqualTo(22_512);
        assertThat(failures).isEmpty();
    }

    @Test
    void quantileIsExcelPercentileInc() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
        assertThat(MovingPercentile.quantileType7(x, 0.8)).isCloseTo(12.2, Offset.offset(1e-12));
        assertThat(MovingPercentile.quantileType7(x, 0.5)).isEqualTo(8.0);
        assertThat(MovingPercentile.quantileType7(new double[] {3, 1, 2}, 0.9)).isCloseTo(2.8, Offset.offset(1e-12));
    }

    @Test
    void dailyCidarsFormSumsSevenDaysAndComparesWithFifteenHistoricalWindows() {
        int days = 3 * 365 + 30;
        List<LocalDate> dates = new ArrayList<>();
        LocalDate start = LocalDate.of(2021, 1, 1);
        double[] y = new double[days];
        for (int i = 0; i < days; i++) {
            dates.add(start.plusDays(i));
            y[i] = 1; // every 7-day baseline window sums to 7
        }
        for (int i = days - 3; i < days; i++) {
            y[i] = 3; // last 7 days: 4 * 1 + 3 * 3 = 13
        }
        CountSeries s = CountSeries.dated(365, dates, y);
        List<DetectionPoint> pts = MovingPercentile.cidarsDaily(0.8).detect(s).points();
        DetectionPoint last = pts.get(pts.size() - 1);
        assertThat(last.observed()).isEqualTo(13.0);
        assertThat(last.upperbound()).isEqualTo(7.0);
        assertThat(last.alarm()).isTrue();
        assertThat(pts.get(0).status()).isEqualTo(DetectionPoint.Status.EVALUATED);
        DetectionPoint tooEarly = MovingPercentile.cidarsDaily(0.8)
                .detect(s, EvaluationRange.of(100, 100))
                .points()
                .get(0);
        assertThat(tooEarly.status()).isEqualTo(DetectionPoint.Status.INSUFFICIENT_BASELINE);
    }

    @Test
    void rejectsAPercentileAboveOne() {
        assertThatThrownBy(() -> MovingPercentile.weekly(80))
                .isInstanceOfSatisfying(InvalidDetectorParameter.class, e -> assertThat(e.parameter())
                        .isEqualTo("percentile"));
    }
}
