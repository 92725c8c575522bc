package org.regionalhealth.healthcity;

import java.math.BigDecimal;

/**
 * A change to an indicator's target, weight, direction or accepted range: it makes a new version.
 *
 * @param changeNote why (shown in the version history)
 */
public record IndicatorRevision(
        BigDecimal target, BigDecimal weight, Direction direction, BigDecimal min, BigDecimal max, String changeNote) {}
