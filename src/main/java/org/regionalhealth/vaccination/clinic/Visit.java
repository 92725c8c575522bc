package org.regionalhealth.vaccination.clinic;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A visit to a vaccination clinic, booked or walk-in, with the vaccines planned for it. */
public record Visit(
        long id,
        long clinicId,
        String clinicName,
        long residentId,
        LocalDate day,
        String session,
        String kind,
        VisitState state,
        @Nullable Integer queueNumber,
        @Nullable BigDecimal temperature,
        @Nullable String deferral,
        @Nullable String consentBy,
        @Nullable Instant observeUntil,
        List<Item> items) {

    /** One vaccine of the visit. */
    public record Item(String product, BigDecimal price, boolean free, @Nullable Long lotId, @Nullable Long recordId) {
        public boolean given() {
            return recordId != null;
        }
    }

    public BigDecimal amountDue() {
        return items.stream().filter(i -> !i.free()).map(Item::price).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean allGiven() {
        return !items.isEmpty() && items.stream().allMatch(Item::given);
    }
}
