package org.regionalhealth.vaccination.stock;

import java.math.BigDecimal;
import java.time.Instant;

public record TemperatureReading(
        long id,
        String fridge,
        Instant recordedAt,
        BigDecimal celsius,
        boolean outOfRange,
        int quarantined,
        String byUser) {}
