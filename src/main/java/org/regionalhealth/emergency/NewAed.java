package org.regionalhealth.emergency;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What is needed to register an AED. */
public record NewAed(
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
        AedStatus status) {}
