package org.regionalhealth.vaccination.stock;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A lot of one product at one clinic. */
public record Lot(
        long id,
        long clinicId,
        String product,
        String lotNumber,
        String manufacturer,
        LocalDate expiry,
        String fridge,
        int onHand,
        int reserved,
        LotStatus status,
        @Nullable String quarantineReason,
        LocalDate receivedOn) {

    public int available() {
        return onHand - reserved;
    }

    public boolean expiredOn(LocalDate day) {
        return expiry.isBefore(day);
    }
}
