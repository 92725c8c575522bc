package org.regionalhealth.emergency.rewards;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.regionalhealth.emergency.CardiacArrest;

/**
 * One version of the reward fund's eligibility rule (data: {@code emergency/reward-rules.csv}, with its source).
 *
 * @param confirmed whether the rule text was seen in its source; the page marks an unconfirmed rule
 */
public record RewardRule(
        int version,
        LocalDate validFrom,
        BigDecimal amount,
        boolean requiresBystanderAed,
        boolean requiresSurvivedEvent,
        boolean requiresRescuerNamed,
        boolean confirmed,
        String source) {

    /** Whether the arrest earns its rescuer a reward under this rule. */
    public boolean eligible(CardiacArrest a) {
        return a.resuscitationAttempted()
                && (!requiresBystanderAed || a.bystanderAed())
                && (!requiresSurvivedEvent || a.survivedEvent())
                && (!requiresRescuerNamed
                        || (a.rescuerName() != null && !a.rescuerName().isBlank()));
    }
}
