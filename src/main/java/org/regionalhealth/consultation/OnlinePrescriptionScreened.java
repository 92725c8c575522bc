package org.regionalhealth.consultation;

import org.jspecify.annotations.Nullable;

/**
 * An online prescription was written by the treating doctor and screened; it waits for a pharmacist's review before it
 * takes effect (细则: 处方经药师审核后方可生效). The review center consumes it.
 *
 * @param action the screening's action ({@code PASS} … {@code REJECT})
 * @param highestTier the most severe finding's tier, or {@code null}
 */
public record OnlinePrescriptionScreened(
        long prescriptionId,
        long consultationId,
        long residentId,
        long unitId,
        String prescriber,
        String action,
        @Nullable String highestTier) {}
