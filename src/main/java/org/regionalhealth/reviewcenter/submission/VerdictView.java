package org.regionalhealth.reviewcenter.submission;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Finding;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/**
 * The verdict as the REST API returns it.
 *
 * @param id stored prescription id; {@code null} for a draft screening (nothing stored)
 * @param passes whether it may go on to charging and dispensing without anyone's intervention
 * @param limitations what screening could not check for lack of patient data
 * @param closedFindings findings of earlier revisions that no longer apply
 */
public record VerdictView(
        @Nullable Long id,
        String institutionCode,
        String prescriptionNumber,
        @Nullable Integer revision,
        Verdict.Status status,
        Action action,
        String actionLabel,
        boolean passes,
        @Nullable Tier highestTier,
        @Nullable String kbVersion,
        Instant screenedAt,
        @Nullable String failure,
        List<String> limitations,
        List<FindingView> findings,
        List<ClosedFindingView> closedFindings) {

    /** One finding (research §7 N4: rule id, rule version, source, tier and action). */
    public record FindingView(
            String ruleId,
            String ruleVersion,
            String kbVersion,
            Tier tier,
            String tierLabel,
            Action action,
            String actionLabel,
            String message,
            List<String> drugs,
            List<String> evidence,
            String source) {

        static FindingView of(Finding f) {
            return new FindingView(
                    f.ruleId(),
                    f.ruleVersion(),
                    f.kbVersion(),
                    f.tier(),
                    f.tier().labelZh(),
                    f.action(),
                    f.action().labelZh(),
                    f.message(),
                    f.drugs(),
                    f.evidence(),
                    f.source());
        }
    }

    /** A finding closed by a later revision. */
    public record ClosedFindingView(FindingView finding, int openedRevision, int closedRevision, String reason) {}

    static VerdictView draft(String institutionCode, String number, Verdict v, List<String> limitations) {
        return new VerdictView(
                null,
                institutionCode,
                number,
                null,
                v.status(),
                v.action(),
                v.action().labelZh(),
                v.passes(),
                v.highestTier(),
                v.kbVersion(),
                v.screenedAt(),
                v.failure(),
                limitations,
                v.findings().stream().map(FindingView::of).toList(),
                List.of());
    }

    static VerdictView stored(String institutionCode, StoredPrescription p) {
        return new VerdictView(
                p.id(),
                institutionCode,
                p.prescriptionNumber(),
                p.revision(),
                p.status(),
                p.action(),
                p.action().labelZh(),
                Verdict.passes(p.status(), p.action()),
                p.highestTier(),
                p.kbVersion(),
                p.screenedAt(),
                p.failure(),
                p.limitations(),
                p.findings().stream().map(FindingView::of).toList(),
                p.closedFindings().stream()
                        .map(c -> new ClosedFindingView(
                                FindingView.of(c.finding()), c.openedRevision(), c.closedRevision(), c.reason()))
                        .toList());
    }
}
