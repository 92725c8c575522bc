package org.regionalhealth.childcare;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A payment batch: the approved applications it paid, their total and the reconciliation result. */
public record PaymentBatch(
        long id,
        Instant createdAt,
        String createdBy,
        int payments,
        BigDecimal total,
        BatchState state,
        @Nullable Instant reconciledAt,
        @Nullable Integer mismatches) {}
