package org.regionalhealth.familydoctor.indicators;

import java.util.List;
import java.util.Map;

/**
 * Indicators of a unit and of each unit (or, below a station, each team) under it.
 *
 * @param rows one per child unit or team, the unit's own total first
 */
public record IndicatorTable(long unitId, String unitName, String unitPath, String period, List<Row> rows) {

    /**
     * @param level {@code TOTAL}, {@code UNIT} or {@code TEAM}
     * @param id the unit or team id
     */
    public record Row(String level, long id, String name, Map<String, Ratio> values) {

        public Ratio value(String code) {
            return values.getOrDefault(code, Ratio.EMPTY);
        }
    }

    /** A numerator over a denominator; {@link #percent()} is empty when nothing is counted. */
    public record Ratio(long numerator, long denominator) {

        public static final Ratio EMPTY = new Ratio(0, 0);

        public Double percent() {
            return denominator == 0 ? null : Math.round(numerator * 1000.0 / denominator) / 10.0;
        }

        public String text() {
            return denominator == 0 ? "—" : String.format("%.1f%%", percent());
        }
    }
}
