package org.regionalhealth.childcare;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A childcare institution (托育机构) as the registry holds it.
 *
 * @param unitId the unit in {@code org} (type {@code CHILDCARE})
 * @param puhuiPlaces places offered at the 普惠 (affordable, price-capped) rate
 * @param caregivers staff who care for children (保育人员), part of {@code staff}
 * @param enrolled children enrolled now
 * @param lastInspection the latest inspection, or null
 */
public record Institution(
        long unitId,
        String name,
        String townCode,
        String townName,
        FilingState filingState,
        @Nullable String filingNumber,
        @Nullable LocalDate filedOn,
        int capacity,
        int puhuiPlaces,
        int staff,
        int caregivers,
        int enrolled,
        @Nullable LocalDate lastInspection,
        @Nullable InspectionResult lastResult) {}
