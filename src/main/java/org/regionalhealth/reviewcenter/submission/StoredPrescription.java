package org.regionalhealth.reviewcenter.submission;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Finding;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/**
 * A stored prescription with its latest screening.
 *
 * @param findings the findings open in the latest revision
 * @param closedFindings findings an earlier revision raised and a later one no longer does (research §7 N3)
 * @param limitations what screening could not check for lack of patient data
 */
public record StoredPrescription(
        long id,
        long institutionId,
        String institutionPath,
        String prescriptionNumber,
        int revision,
        String requestSha256,
        Verdict.Status status,
        Action action,
        @Nullable Tier highestTier,
        @Nullable String kbVersion,
        @Nullable String failure,
        List<String> limitations,
        Instant screenedAt,
        List<Finding> findings,
        List<ClosedFinding> closedFindings) {

    /** A finding that no longer applies. */
    public record ClosedFinding(Finding finding, int openedRevision, int closedRevision, String reason) {}
}
