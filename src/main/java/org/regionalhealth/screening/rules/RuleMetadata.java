package org.regionalhealth.screening.rules;

import java.util.Objects;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Tier;

/**
 * What a rule is, for the findings it produces and for {@code docs/rules.md} (《医疗机构处方审核规范》第十条: built-in
 * rules have a clear clinical source and are approved locally).
 *
 * @param id stable identifier, e.g. {@code NORM_ITEM_COUNT}
 * @param version version of the rule's logic; raised whenever what it finds changes
 * @param defaultTier tier of its findings when the rule does not grade them from data
 * @param description what it checks, in Chinese
 * @param source citation text, e.g. {@code 《处方管理办法》第六条}
 * @param minimumAction the least its findings may map to whatever the tier policy says ({@code null}: no floor);
 *     used to route what the system cannot review to a pharmacist
 */
public record RuleMetadata(
        String id, String version, Tier defaultTier, String description, String source, Action minimumAction) {

    public RuleMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(defaultTier, "defaultTier");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
    }

    public static RuleMetadata of(String id, String version, Tier defaultTier, String description, String source) {
        return new RuleMetadata(id, version, defaultTier, description, source, null);
    }
}
