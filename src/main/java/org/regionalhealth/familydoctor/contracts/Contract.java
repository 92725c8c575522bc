package org.regionalhealth.familydoctor.contracts;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A family-doctor contract (签约服务协议) and where it stands in its life cycle. */
public record Contract(
        long id,
        long residentId,
        long teamId,
        String packageCode,
        Status status,
        LocalDate appliedOn,
        @Nullable LocalDate signedOn,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable String signatureMethod,
        @Nullable String signatureDigest,
        @Nullable Long previousContractId,
        @Nullable String endReason) {

    /**
     * APPLIED → (review) APPROVED | REJECTED; APPROVED → (sign) SIGNED; SIGNED → RENEWED (a new contract follows) |
     * SWITCHED (a contract with another team follows) | TERMINATED | EXPIRED.
     */
    public enum Status {
        APPLIED,
        APPROVED,
        SIGNED,
        REJECTED,
        RENEWED,
        SWITCHED,
        TERMINATED,
        EXPIRED;

        public boolean open() {
            return this == APPLIED || this == APPROVED || this == SIGNED;
        }
    }
}
