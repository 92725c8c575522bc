package org.regionalhealth.surveillance.detection;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a detector from an algorithm name and a parameter map named as in R's control lists (b, w, reweight,
 * weightsThreshold, trend, pThresholdTrend, limit54, powertrans, noPeriods, pastWeeksNotIncluded, thresholdMethod,
 * alpha, baseline, minSigma, method …). Unknown names and bad values raise {@link InvalidDetectorParameter} naming the
 * parameter, so an HTTP controller can map them to field errors.
 */
public final class DetectorRegistry {

    /** The algorithm names accepted by {@link #create}. */
    public static final List<String> ALGORITHMS =
            List.of("earsC", "farringtonFlexible", "movingPercentile", "essenceEwma", "cusum", "fixedThreshold");

    public Detector create(String algorithm, Map<String, Object> parameters) {
        Params p = new Params(parameters == null ? Map.of() : parameters);
        Detector d =
                switch (algorithm == null ? "" : algorithm) {
                    case "earsC" -> ears(p);
                    case "farringtonFlexible" -> farrington(p);
                    case "movingPercentile" ->
                        new MovingPercentile(
                                p.number("percentile", 0.8),
                                p.integer("years", 3),
                                p.integer("halfPeriods", 2),
                                p.integer("window", 1),
                                p.bool("weekdayAligned", false),
                                p.bool("inclusive", false),
                                p.number("minCount", 0));
                    case "essenceEwma" ->
                        new EssenceEwma(
                                p.integer("B", 28),
                                p.integer("g", 2),
                                p.number("w1", 0.4),
                                p.number("w2", 0.9),
                                p.number("alpha", 0.01));
                    case "cusum" ->
                        new Cusum(
                                p.integer("baseline", 7),
                                p.integer("guard", 2),
                                p.number("k", 0.5),
                                p.number("h", 4),
                                p.number("minSigma", 0.5),
                                p.bool("reset", true));
                    case "fixedThreshold" -> new FixedThreshold(p.integer("windowDays", 1), p.number("threshold", 1));
                    default ->
                        throw new InvalidDetectorParameter(
                                "algorithm", "未知算法：" + algorithm + "，可选：" + String.join(", ", ALGORITHMS));
                };
        p.rejectUnused();
        return d;
    }

    private static EarsC ears(Params p) {
        String method = p.text("method", "C1").toUpperCase(Locale.ROOT);
        EarsC.Method m;
        try {
            m = EarsC.Method.valueOf(method);
        } catch (IllegalArgumentException e) {
            throw new InvalidDetectorParameter("method", "EARS 方法必须为 C1、C2 或 C3，实际为 " + method);
        }
        String mode = p.text("mode", "surveillance");
        EarsC.Mode md =
                switch (mode) {
                    case "surveillance" -> EarsC.Mode.SURVEILLANCE;
                    case "canonical" -> EarsC.Mode.CANONICAL;
                    default -> throw new InvalidDetectorParameter("mode", "mode 必须为 surveillance 或 canonical");
                };
        return new EarsC(
                m,
                md,
                p.integer("baseline", 7),
                p.number("minSigma", 0),
                p.number("alpha", Double.NaN),
                p.number("c3Threshold", 2));
    }

    private static FarringtonFlexible farrington(Params p) {
        int w = p.integer("w", 3);
        List<Number> limit54 = p.numbers("limit54", List.of(5, 4));
        if (limit54.size() != 2) {
            throw new InvalidDetectorParameter("limit54", "limit54 必须是两个数：[病例数, 期数]，如 [5, 4]");
        }
        String pt = p.text("powertrans", "2/3");
        FarringtonFlexible.PowerTransform power =
                switch (pt) {
                    case "2/3" -> FarringtonFlexible.PowerTransform.TWO_THIRDS;
                    case "1/2" -> FarringtonFlexible.PowerTransform.HALF;
                    case "none" -> FarringtonFlexible.PowerTransform.NONE;
                    default -> throw new InvalidDetectorParameter("powertrans", "powertrans 必须为 2/3、1/2 或 none");
                };
        String tm = p.text("thresholdMethod", "delta");
        FarringtonFlexible.ThresholdMethod method =
                switch (tm) {
                    case "delta" -> FarringtonFlexible.ThresholdMethod.DELTA;
                    case "nbPlugin" -> FarringtonFlexible.ThresholdMethod.NB_PLUGIN;
                    case "muan" -> FarringtonFlexible.ThresholdMethod.MUAN;
                    default ->
                        throw new InvalidDetectorParameter(
                                "thresholdMethod", "thresholdMethod 必须为 delta、nbPlugin 或 muan");
                };
        double cases = limit54.get(0).doubleValue();
        double periods = limit54.get(1).doubleValue();
        if (periods != Math.rint(periods)) {
            throw new InvalidDetectorParameter("limit54", "limit54 的期数必须为整数");
        }
        return new FarringtonFlexible(new FarringtonFlexible.Control(
                p.integer("b", 5),
                w,
                p.bool("reweight", true),
                p.number("weightsThreshold", 2.58),
                p.number("alpha", 0.05),
                p.bool("trend", true),
                p.number("pThresholdTrend", 0.05),
                cases,
                (int) periods,
                power,
                p.integer("noPeriods", 1),
                p.integer("pastWeeksNotIncluded", w),
                method));
    }

    /** Typed access to the parameter map; remembers which names were read. */
    private static final class Params {
        private final Map<String, Object> values;
        private final Set<String> used = new HashSet<>();

        Params(Map<String, Object> values) {
            this.values = values;
        }

        private Object raw(String name) {
            used.add(name);
            return values.get(name);
        }

        double number(String name, double fallback) {
            Object v = raw(name);
            if (v == null) {
                return fallback;
            }
            if (v instanceof Number n) {
                return n.doubleValue();
            }
            if (v instanceof String s) {
                try {
                    return Double.parseDouble(s.trim());
                } catch (NumberFormatException e) {
                    // fall through
                }
            }
            throw new InvalidDetectorParameter(name, "参数 " + name + " 必须为数值，实际为 " + v);
        }

        int integer(String name, int fallback) {
            double d = number(name, fallback);
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                throw new InvalidDetectorParameter(name, "参数 " + name + " 必须为整数，实际为 " + d);
            }
            return (int) d;
        }

        boolean bool(String name, boolean fallback) {
            Object v = raw(name);
            if (v == null) {
                return fallback;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            if ("true".equalsIgnoreCase(String.valueOf(v)) || "false".equalsIgnoreCase(String.valueOf(v))) {
                return Boolean.parseBoolean(String.valueOf(v));
            }
            throw new InvalidDetectorParameter(name, "参数 " + name + " 必须为 true 或 false，实际为 " + v);
        }

        String text(String name, String fallback) {
            Object v = raw(name);
            return v == null ? fallback : String.valueOf(v);
        }

        @SuppressWarnings("unchecked")
        List<Number> numbers(String name, List<Number> fallback) {
            Object v = raw(name);
            if (v == null) {
                return fallback;
            }
            if (v instanceof List<?> l && l.stream().allMatch(x -> x instanceof Number)) {
                return (List<Number>) l;
            }
            throw new InvalidDetectorParameter(name, "参数 " + name + " 必须为数值列表，实际为 " + v);
        }

        void rejectUnused() {
            for (String name : values.keySet()) {
                if (!used.contains(name)) {
                    throw new InvalidDetectorParameter(name, "该算法不支持参数 " + name);
                }
            }
        }
    }
}
