package org.regionalhealth.emergency;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A registered public AED.
 *
 * @param padExpiry last day the electrode pads may be used (有效期至, inclusive)
 * @param batteryExpiry last day the battery may be used (inclusive)
 */
public record Aed(
        long id,
        String townCode,
        double lat,
        double lng,
        String building,
        BuildingType buildingType,
        String floor,
        String location,
        AccessHours hours,
        String owner,
        String contactPhone,
        String model,
        String serialNumber,
        LocalDate padExpiry,
        LocalDate batteryExpiry,
        @Nullable LocalDate lastInspection,
        AedStatus status) {

    /** In service with pads and battery in date on this day (the expiry day itself still counts). */
    public boolean usableOn(LocalDate day) {
        return status == AedStatus.IN_SERVICE && !day.isAfter(padExpiry) && !day.isAfter(batteryExpiry);
    }

    /** Usable and reachable by the public at this local time. */
    public boolean availableAt(LocalDateTime time) {
        return usableOn(time.toLocalDate()) && hours.openAt(time);
    }
}
