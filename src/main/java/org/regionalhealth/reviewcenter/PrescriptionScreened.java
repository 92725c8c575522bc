package org.regionalhealth.reviewcenter;

import org.jspecify.annotations.Nullable;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/**
 * A submitted prescription was screened (first submission or a revision). The review workbench (issue 4) queues it
 * when the action needs a pharmacist; supervision counts it.
 *
 * @param prescriptionId stored prescription id
 * @param institutionId issuing institution
 * @param prescriptionNumber number within the institution
 * @param revision 1 for the first submission, then one more per modification
 * @param status whether screening ran
 * @param action what the workflow must do
 * @param highestTier the most severe finding's tier, {@code null} without findings
 */
public record PrescriptionScreened(
        long prescriptionId,
        long institutionId,
        String prescriptionNumber,
        int revision,
        Verdict.Status status,
        Action action,
        @Nullable Tier highestTier) {}
