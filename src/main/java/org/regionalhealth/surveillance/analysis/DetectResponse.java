package org.regionalhealth.surveillance.analysis;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.surveillance.detection.DetectionPoint;

/**
 * The result of one analyst request.
 *
 * @param algorithm the API name requested
 * @param parameters the parameters as sent (R defaults apply to the others)
 * @param range the evaluated 1-based range
 * @param alarms number of points with an alarm
 * @param points one per evaluated point ({@code null} fields where R gives NA)
 */
public record DetectResponse(
        String algorithm,
        java.util.Map<String, Object> parameters,
        List<Integer> range,
        long alarms,
        List<Point> points) {

    /** One evaluated point; {@code status} says why a point has no result (too little history, R's NA). */
    public record Point(
            int t,
            @Nullable LocalDate date,
            @Nullable Double observed,
            @Nullable Double expected,
            @Nullable Double upperbound,
            @Nullable Boolean alarm,
            @Nullable Double score,
            @Nullable Double pvalue,
            String status) {

        static Point of(DetectionPoint p) {
            return new Point(
                    p.t(),
                    p.date(),
                    p.observed(),
                    finite(p.expected()),
                    finite(p.upperbound()),
                    p.alarm(),
                    finite(p.score()),
                    finite(p.pvalue()),
                    p.status().name());
        }

        /** JSON has no Inf/NaN: R's Inf (e.g. an infinite score) is reported as null like NA. */
        private static @Nullable Double finite(@Nullable Double v) {
            return v == null || v.isNaN() || v.isInfinite() ? null : v;
        }
    }
}
