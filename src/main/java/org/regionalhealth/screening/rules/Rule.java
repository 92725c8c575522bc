package org.regionalhealth.screening.rules;

/**
 * One screening rule. A rule reads the {@link ScreeningContext} and reports findings to the {@link FindingSink}; it
 * never decides the action (the engine's tier→action policy does) and it must not throw for any input (an exception
 * makes the whole verdict {@code UNSCREENED}).
 */
public interface Rule {

    RuleMetadata metadata();

    void check(ScreeningContext context, FindingSink findings);
}
