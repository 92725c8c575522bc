package org.regionalhealth.surveillance.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CusumTests {

    @Test
    void accumulatesStandardisedExcessesAndAlarmsAboveH() {
        // baseline 4,6,4,6,4,6,4 (mean 34/7, sd 1.0690) for the first days; then steady excess
        double[] y = {4, 6, 4, 6, 4, 6, 4, 5, 5, 8, 8, 8};
        List<DetectionPoint> pts =
                Cusum.defaults().detect(CountSeries.indexed(365, y)).points();
        DetectionPoint first = pts.get(0);
        assertThat(first.t()).isEqualTo(10);
        double mean = 34.0 / 7;
        double sd = Math.sqrt((3 * Math.pow(6 - mean, 2) + 4 * Math.pow(4 - mean, 2)) / 6);
        double s10 = Math.max(0, (8 - mean) / sd - 0.5);
        assertThat(first.score()).isCloseTo(s10, Offset.offset(1e-12));
        assertThat(first.alarm()).isFalse();
        assertThat(pts).anyMatch(p -> Boolean.TRUE.equals(p.alarm()));
    }

    @Test
    void upperboundIsTheCountThatWouldCrossH() {
        double[] y = {4, 6, 4, 6, 4, 6, 4, 5, 5, 5};
        DetectionPoint p =
                Cusum.defaults().detect(CountSeries.indexed(365, y)).points().get(0);
        double[] bumped = y.clone();
        bumped[9] = Math.nextUp(p.upperbound()) + 1e-9;
        assertThat(Cusum.defaults()
                        .detect(CountSeries.indexed(365, bumped))
                        .points()
                        .get(0)
                        .alarm())
                .isTrue();
        assertThat(p.alarm()).isFalse();
    }
}
