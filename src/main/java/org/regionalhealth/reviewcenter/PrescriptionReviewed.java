package org.regionalhealth.reviewcenter;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A prescription was decided on after review: a pharmacist approved or returned it, or the doctor signed a second time.
 * Published in the deciding transaction; the review center's own online-prescription feedback consumes it, and
 * indicators or a broker may.
 *
 * @param reasonCodes the coded return reasons ({@code ReturnReason} names), empty otherwise
 * @param message the pharmacist's note or message, {@code null} when none
 * @param actor the deciding account
 */
public record PrescriptionReviewed(
        long prescriptionId,
        int revision,
        Decision decision,
        List<String> reasonCodes,
        @Nullable String message,
        String actor) {

    /** What was decided. */
    public enum Decision {
        APPROVED,
        RETURNED,
        DOUBLE_SIGNED
    }
}
