package org.regionalhealth.screening;

import java.util.List;
import java.util.Objects;

/**
 * One finding of screening (research §7 N4: every finding carries rule id, rule version, source, tier and action).
 *
 * @param ruleId e.g. {@code DDI}, {@code NORM_ITEM_COUNT}
 * @param ruleVersion version of the rule's code
 * @param kbVersion version of the drug knowledge base the finding was computed with
 * @param tier severity tier
 * @param action what the workflow does with it
 * @param message Chinese message for prescriber and pharmacist
 * @param drugs the drugs concerned, as written on the prescription (or in the history)
 * @param evidence facts behind the finding: doses, values, thresholds (e.g. {@code eGFR=25})
 * @param source citation: the regulation or label, and knowledge-base source ids
 */
public record Finding(
        String ruleId,
        String ruleVersion,
        String kbVersion,
        Tier tier,
        Action action,
        String message,
        List<String> drugs,
        List<String> evidence,
        String source) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(ruleVersion, "ruleVersion");
        Objects.requireNonNull(kbVersion, "kbVersion");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        drugs = drugs == null ? List.of() : List.copyOf(drugs);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
