package org.regionalhealth.healthcity;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One version of a catalogue indicator. A change makes a new version; values keep the version they were collected
 * under.
 *
 * @param level1 一级指标 (健康环境 …)
 * @param level2 二级指标 (空气质量 …)
 * @param target the value that scores full marks
 * @param weight weight in the composite score
 * @param min lowest value accepted on a form
 * @param max highest value accepted on a form
 * @param platformSource for {@link Collection#PLATFORM}: which platform computation gives the value
 * @param source the document the indicator comes from
 * @param targetSource where the target comes from
 * @param verified whether name, unit and definition are confirmed in the official text (otherwise 待核实)
 * @param local a local (Xiaoshan) indicator rather than a national one
 * @param supersededAt when a newer version replaced this one, null for the current version
 */
public record Indicator(
        long id,
        String code,
        int version,
        String level1,
        String level2,
        String name,
        String definition,
        String numerator,
        String denominator,
        String unit,
        ReportingPeriod period,
        Department department,
        BigDecimal target,
        Direction direction,
        BigDecimal weight,
        BigDecimal min,
        BigDecimal max,
        Collection collection,
        @Nullable String platformSource,
        String source,
        String targetSource,
        boolean verified,
        boolean local,
        int sortOrder,
        String changeNote,
        String createdBy,
        Instant createdAt,
        @Nullable Instant supersededAt) {

    public boolean current() {
        return supersededAt == null;
    }

    /** Whether a value lies in the accepted range (inclusive). */
    public boolean accepts(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }
}
