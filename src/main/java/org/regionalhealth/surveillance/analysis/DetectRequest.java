package org.regionalhealth.surveillance.analysis;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One analyst request: an algorithm (API name, see {@link AnalystDetection#ALGORITHMS}), its parameters named as in
 * R's control lists, and one count series.
 *
 * @param algorithm farringtonFlexible, earsC1, earsC2, earsC3, mpm, ewma, cusum (or a registry name)
 * @param parameters R control-list names to values; absent names take R's defaults
 * @param frequency 52 (weekly), 365 (daily) or 12 (monthly)
 * @param dates ISO epoch dates (yyyy-MM-dd), one per count; {@code null} for an index-based series
 * @param observed the counts; {@code null} entries are missing values (R's NA)
 * @param range optional 1-based inclusive {@code [from, to]}; by default every point with enough history
 */
public record DetectRequest(
        @Nullable String algorithm,
        @Nullable Map<String, Object> parameters,
        @Nullable Integer frequency,
        @Nullable List<String> dates,
        @Nullable List<Double> observed,
        @Nullable List<Integer> range) {}
