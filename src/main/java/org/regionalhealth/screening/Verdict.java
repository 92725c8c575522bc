package org.regionalhealth.screening;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Result of the system pre-screening.
 *
 * @param status whether screening ran to the end
 * @param action the most restrictive action of all findings ({@link Action#PASS} when there are none);
 *     {@link Action#PHARMACIST_REVIEW} when unscreened
 * @param highestTier the most severe tier, {@code null} when there are no findings
 * @param findings findings, most severe first, independent of the order of the lines
 * @param kbVersion knowledge-base version used
 * @param failure what went wrong when {@link Status#UNSCREENED}, else {@code null}
 * @param screenedAt when
 */
public record Verdict(
        Status status,
        Action action,
        Tier highestTier,
        List<Finding> findings,
        String kbVersion,
        String failure,
        Instant screenedAt) {

    public Verdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(action, "action");
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** Whether the screening ran. */
    public enum Status {
        /** all rules ran; {@link #action()} says what to do */
        SCREENED,
        /**
         * the engine failed or the knowledge base was unavailable: never a pass, the prescription goes to a
         * pharmacist (research §7 N1)
         */
        UNSCREENED
    }

    /** Findings of one rule. */
    public List<Finding> findingsOf(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** Whether it may go on to charging and dispensing without anyone's intervention. */
    public boolean passes() {
        return passes(status, action);
    }

    /** Whether a screening with this status and action lets the prescription go on without intervention. */
    public static boolean passes(Status status, Action action) {
        return status == Status.SCREENED && action.compareTo(Action.NOTICE) <= 0;
    }
}
