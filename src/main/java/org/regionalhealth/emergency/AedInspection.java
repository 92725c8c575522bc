package org.regionalhealth.emergency;

import java.time.Instant;
import java.time.LocalDate;

/** One check of an AED: status light, pads, battery and cabinet; passed only when all four are in order. */
public record AedInspection(
        long id,
        long aedId,
        LocalDate inspectedOn,
        String inspector,
        boolean lightOk,
        boolean padsOk,
        boolean batteryOk,
        boolean cabinetOk,
        boolean passed,
        String note,
        String recordedBy,
        Instant recordedAt) {}
