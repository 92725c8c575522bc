package org.regionalhealth.vaccination.payment;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A payment of a visit's self-paid vaccines, with its receipt number. */
public record Payment(
        long id,
        long visitId,
        BigDecimal amount,
        String state,
        String receiptNo,
        String gatewayRef,
        Instant paidAt,
        @Nullable Instant refundedAt) {

    public boolean paid() {
        return "PAID".equals(state);
    }
}
