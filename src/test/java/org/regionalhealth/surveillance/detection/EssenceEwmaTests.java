package org.regionalhealth.surveillance.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class EssenceEwmaTests {

    @Test
    void firstEvaluatedDayMatchesRnsspFormulasByHand() {
        // 13 days of 5 then 10: baseline days 1..11 (mean 5, sd 0), df 10, qt(0.95, 10) rounded = 1.81246
        double[] y = new double[14];
        Arrays.fill(y, 5);
        y[13] = 10;
        DetectionPoint p = EssenceEwma.defaults()
                .detect(CountSeries.indexed(365, y))
                .points()
                .get(0);
        double ucl = 1.81246;
        double minSigma2 = 0.9 / ucl * (1 + 0.5 * 0.1 * 0.1);
        double stat2 = (0.9 * 10 + 0.1 * 5 - 5) / minSigma2; // sudden EWMA wins
        assertThat(p.t()).isEqualTo(14);
        assertThat(p.expected()).isEqualTo(5.0);
        assertThat(p.score()).isCloseTo(stat2, Offset.offset(1e-9));
        assertThat(p.pvalue()).isLessThan(0.01);
        assertThat(p.alarm()).isTrue();
    }

    @Test
    void flatSeriesRaisesNoAlarmAndEarlyDaysAreInsufficientBaseline() {
        double[] y = new double[60];
        for (int i = 0; i < y.length; i++) {
            y[i] = 10 + (i % 3) - 1;
        }
        List<DetectionPoint> pts = EssenceEwma.defaults()
                .detect(CountSeries.indexed(365, y), EvaluationRange.of(1, 60))
                .points();
        assertThat(pts.subList(0, 13)).allMatch(p -> p.status() == DetectionPoint.Status.INSUFFICIENT_BASELINE);
        assertThat(pts.subList(13, 60)).noneMatch(p -> Boolean.TRUE.equals(p.alarm()));
    }

    @Test
    void rejectsAWeightOutsideTheUnitInterval() {
        assertThatThrownBy(() -> new EssenceEwma(28, 2, 1.4, 0.9, 0.01))
                .isInstanceOfSatisfying(InvalidDetectorParameter.class, e -> assertThat(e.parameter())
                        .isEqualTo("w1"));
    }
}
