package org.regionalhealth.familydoctor;

import java.util.List;

/**
 * The family-doctor indicator facts as counts per managing unit, for modules that roll them up another way (the
 * health-city indicators of issue 23 sum them by town). Counts only: no person, no audit.
 */
public interface IndicatorFigures {

    /**
     * Numerator and denominator of an indicator ({@code KEY_GROUP_COVERAGE}, {@code HTN_STANDARD}, {@code
     * DM_STANDARD} … docs/indicators.md) over the twelve months ending on the last recomputation ({@code R12}),
     * summed over teams, per managing unit, district-wide.
     */
    List<UnitFigure> rollingYearByUnit(String indicator);

    /** One managing unit's counts. */
    record UnitFigure(long unitId, long numerator, long denominator) {}
}
