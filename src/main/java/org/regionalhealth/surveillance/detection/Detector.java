package org.regionalhealth.surveillance.detection;

/**
 * A temporal outbreak detector over one count series. Implementations are immutable and thread-safe; build them
 * with their constructors or by name through {@link DetectorRegistry}.
 */
public interface Detector {

    /** The registry name of the algorithm, e.g. {@code "earsC"} or {@code "farringtonFlexible"}. */
    String algorithm();

    /** The range R {@code surveillance} evaluates when {@code control$range} is {@code NULL}. */
    EvaluationRange defaultRange(CountSeries series);

    /** Evaluates every point of {@code range} ({@code null}: the default range). */
    DetectionResult detect(CountSeries series, EvaluationRange range);

    default DetectionResult detect(CountSeries series) {
        return detect(series, null);
    }
}
