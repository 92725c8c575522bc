package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.screening.Tier;

/** Where rules report what they find; the engine adds versions, action and source. */
public interface FindingSink {

    /**
     * Reports a finding.
     *
     * @param rule the reporting rule
     * @param tier severity
     * @param message Chinese message
     * @param drugs drugs concerned, as written
     * @param evidence doses, values, thresholds
     * @param kbSources knowledge-base source ids behind the fact (label, ONC list …), may be empty
     */
    void report(
            Rule rule, Tier tier, String message, List<String> drugs, List<String> evidence, List<String> kbSources);

    /** A finding at the rule's default tier without knowledge-base sources. */
    default void report(Rule rule, String message, List<String> drugs, List<String> evidence) {
        report(rule, rule.metadata().defaultTier(), message, drugs, evidence, List.of());
    }
}
