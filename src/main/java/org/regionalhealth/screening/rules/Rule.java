package org.regionalhealth.screening.rules;

/**
 * One screening rule. A rule reads the {@link ScreeningContext} and reports findings to the {@link FindingSink}; it
 * never decides the action (the engine's tier→action policy does) and it must not throw for any input (an exception
 * makes the whole verdict {@code UNSCREENED}).
 */
public interface Rule {

    RuleMetadata metadata();

    /**
     * The knowledge-base fields this rule reads, as {@code <folder>.<field path>} (dose ranges of any population or
     * route as {@code generics.dose.range.<field>}); a build test fails when a field present in the knowledge base is
     * read by no rule and not declared informational ({@link KnowledgeFields}).
     */
    default java.util.Set<String> knowledgeFields() {
        return java.util.Set.of();
    }

    void check(ScreeningContext context, FindingSink findings);
}
