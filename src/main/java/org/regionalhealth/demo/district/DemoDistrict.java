package org.regionalhealth.demo.district;

import java.util.List;
import java.util.Map;

/**
 * What the organisation builder created, as the population and account builders need it.
 *
 * @param stations each station with the villages it serves
 * @param managingUnitByVillage the unit whose residents a village's people are
 */
record DemoDistrict(
        long rootId,
        long cdcId,
        List<Long> medicalCommunityIds,
        List<Long> hospitalIds,
        Map<String, Long> centreByTown,
        List<StationArea> stations,
        List<Long> schoolIds,
        Map<String, List<String>> villagesByTown,
        Map<String, ManagingUnit> managingUnitByVillage) {

    /** The unit responsible for a village's residents: its station, or the town's centre where no station serves it. */
    record ManagingUnit(long unitId, String path) {}

    /** A station and the villages it is responsible for. */
    record StationArea(long unitId, String path, String townCode, List<String> villageCodes) {}
}
