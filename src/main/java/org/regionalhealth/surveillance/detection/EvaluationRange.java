package org.regionalhealth.surveillance.detection;

/**
 * The 1-based, inclusive range of time points to evaluate, as R's {@code control$range}. Points whose baseline
 * reaches before the start of the series are reported as {@link DetectionPoint.Status#INSUFFICIENT_BASELINE}.
 */
public record EvaluationRange(int from, int to) {

    public EvaluationRange {
        if (from < 1 || to < from) {
            throw new InvalidDetectorParameter("range", "评估区间无效：" + from + ".." + to + "（从 1 开始，起点不大于终点）");
        }
    }

    public static EvaluationRange of(int from, int to) {
        return new EvaluationRange(from, to);
    }

    public int size() {
        return to - from + 1;
    }
}
