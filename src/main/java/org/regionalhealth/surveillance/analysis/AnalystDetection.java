package org.regionalhealth.surveillance.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.surveillance.detection.CountSeries;
import org.regionalhealth.surveillance.detection.DetectionPoint;
import org.regionalhealth.surveillance.detection.DetectionResult;
import org.regionalhealth.surveillance.detection.Detector;
import org.regionalhealth.surveillance.detection.DetectorRegistry;
import org.regionalhealth.surveillance.detection.EvaluationRange;
import org.regionalhealth.surveillance.detection.InvalidDetectorParameter;
import org.springframework.stereotype.Component;

/**
 * Runs one detector over one analyst-supplied series, for the API and the page alike. Validates what the detectors
 * cannot (series length cap, range inside the series, API algorithm names) and turns every
 * {@link InvalidDetectorParameter} into a field error {@code DETECTOR_PARAMETER_INVALID} naming the parameter.
 */
@Component
public class AnalystDetection {

    /**
     * Upper bound on the series length: 20,000 points is 55 years of daily data, far beyond any baseline the
     * detectors read (farringtonFlexible b = 5 years), and keeps one request well under a second of CPU.
     */
    public static final int MAX_POINTS = 20_000;

    /** API names: the short names analysts use, mapped onto registry algorithms (and a fixed EARS method). */
    public static final List<String> ALGORITHMS =
            List.of("farringtonFlexible", "earsC1", "earsC2", "earsC3", "mpm", "ewma", "cusum", "fixedThreshold");

    static final String CODE = "DETECTOR_PARAMETER_INVALID";

    private final DetectorRegistry registry = new DetectorRegistry();

    public DetectResponse detect(DetectRequest request) {
        try {
            return run(request);
        } catch (InvalidDetectorParameter e) {
            throw PlatformException.invalidField(CODE, e.parameter(), e.messageZh());
        }
    }

    private DetectResponse run(DetectRequest request) {
        Detector detector = detector(request.algorithm(), request.parameters());
        CountSeries series = series(request);
        EvaluationRange range = range(request.range(), series.length());
        DetectionResult result = detector.detect(series, range == null ? detector.defaultRange(series) : range);
        List<DetectResponse.Point> points = new ArrayList<>(result.points().size());
        for (DetectionPoint p : result.points()) {
            // Without an explicit range R evaluates only points with a full baseline; so do we.
            if (range != null || p.status() != DetectionPoint.Status.INSUFFICIENT_BASELINE) {
                points.add(DetectResponse.Point.of(p));
            }
        }
        EvaluationRange evaluated = range == null ? detector.defaultRange(series) : range;
        return new DetectResponse(
                request.algorithm(),
                request.parameters() == null ? Map.of() : request.parameters(),
                List.of(evaluated.from(), evaluated.to()),
                result.alarmCount(),
                points);
    }

    /** Builds the detector; the API names fix what the registry would otherwise take as a parameter. */
    Detector detector(@Nullable String algorithm, @Nullable Map<String, Object> parameters) {
        Map<String, Object> params = new LinkedHashMap<>(parameters == null ? Map.of() : parameters);
        if (algorithm == null || algorithm.isBlank()) {
            throw new InvalidDetectorParameter("algorithm", "缺少算法名称，可选：" + String.join(", ", ALGORITHMS));
        }
        String registryName;
        switch (algorithm) {
            case "earsC1", "earsC2", "earsC3" -> {
                if (params.containsKey("method")) {
                    throw new InvalidDetectorParameter("method", "算法 " + algorithm + " 已确定 EARS 方法，不能再指定 method");
                }
                params.put("method", algorithm.substring(4));
                registryName = "earsC";
            }
            case "mpm" -> registryName = "movingPercentile";
            case "ewma" -> registryName = "essenceEwma";
            case "farringtonFlexible", "cusum", "fixedThreshold" -> registryName = algorithm;
            default ->
                throw new InvalidDetectorParameter(
                        "algorithm", "未知算法：" + algorithm + "，可选：" + String.join(", ", ALGORITHMS));
        }
        return registry.create(registryName, params);
    }

    private static CountSeries series(DetectRequest request) {
        if (request.frequency() == null) {
            throw new InvalidDetectorParameter("frequency", "缺少频率：52（周）、365（日）或 12（月）");
        }
        List<Double> observed = request.observed();
        if (observed == null || observed.isEmpty()) {
            throw new InvalidDetectorParameter("observed", "缺少观测计数序列");
        }
        if (observed.size() > MAX_POINTS) {
            throw new InvalidDetectorParameter("observed", "序列过长：" + observed.size() + " 个点，上限 " + MAX_POINTS + " 个");
        }
        double[] y = new double[observed.size()];
        for (int i = 0; i < y.length; i++) {
            Double v = observed.get(i);
            if (v != null && (v.isNaN() || v.isInfinite() || v < 0)) {
                throw new InvalidDetectorParameter("observed", "第 " + (i + 1) + " 个观测计数无效（不能为负数）：" + v);
            }
            y[i] = v == null ? Double.NaN : v;
        }
        return new CountSeries(request.frequency(), dates(request.dates()), y);
    }

    /** Parses the dates here (not in Jackson) so that a bad one is reported as a field error with its position. */
    private static @Nullable List<LocalDate> dates(@Nullable List<String> dates) {
        if (dates == null) {
            return null;
        }
        List<LocalDate> parsed = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            String d = dates.get(i);
            try {
                parsed.add(LocalDate.parse(d == null ? "" : d.trim()));
            } catch (DateTimeParseException e) {
                throw new InvalidDetectorParameter("dates", "第 " + (i + 1) + " 个日期无效（格式 yyyy-MM-dd）：" + d);
            }
        }
        return parsed;
    }

    private static @Nullable EvaluationRange range(@Nullable List<Integer> range, int length) {
        if (range == null) {
            return null;
        }
        if (range.size() != 2 || range.get(0) == null || range.get(1) == null) {
            throw new InvalidDetectorParameter("range", "评估区间必须是两个整数 [起点, 终点]（从 1 开始）");
        }
        EvaluationRange r = EvaluationRange.of(range.get(0), range.get(1));
        if (r.to() > length) {
            throw new InvalidDetectorParameter("range", "评估区间终点 " + r.to() + " 超出序列长度 " + length);
        }
        return r;
    }
}
