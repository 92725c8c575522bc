package org.regionalhealth.vaccination;

import java.util.List;

/**
 * Vaccination coverage counts by town, for modules that report it (the health-city indicators of issue 23): the same
 * cohorts and counts as the district coverage page (docs/vaccination.md). Counts only: no person, no audit.
 */
public interface CoverageFigures {

    /** One row per town of the district, as of today. */
    List<TownCoverage> byTown();

    /**
     * @param children children aged 1–6
     * @param dtap3 of them, with three doses of a DTaP-containing vaccine
     * @param elderly residents aged 60+ by calendar year
     * @param flu of them, with an influenza dose this season
     */
    record TownCoverage(String townCode, long children, long dtap3, long elderly, long flu) {}
}
