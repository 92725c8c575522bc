package org.regionalhealth.dataspace.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.dataspace.catalogue.Delivery;
import org.regionalhealth.dataspace.catalogue.FieldKind;

/**
 * A contract (ODRL Agreement) made by an approval: who may use which fields of which product for what, until when,
 * how often, at which k; {@code policy} is the agreement as ODRL JSON.
 */
public record Contract(
        long id,
        long requestId,
        long productId,
        String productCode,
        String productName,
        String holder,
        String approvedBy,
        Purpose purpose,
        List<FieldKind> fields,
        LocalDate periodFrom,
        LocalDate periodTo,
        String recipient,
        Delivery delivery,
        int k,
        int maxUses,
        int uses,
        Instant startsAt,
        Instant expiresAt,
        String policy,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        @Nullable String revokeReason) {

    public ContractState stateAt(Instant now) {
        if (revokedAt != null) {
            return ContractState.REVOKED;
        }
        if (!now.isBefore(expiresAt)) {
            return ContractState.EXPIRED;
        }
        if (uses >= maxUses) {
            return ContractState.EXHAUSTED;
        }
        return ContractState.ACTIVE;
    }

    public int usesLeft() {
        return Math.max(0, maxUses - uses);
    }
}
