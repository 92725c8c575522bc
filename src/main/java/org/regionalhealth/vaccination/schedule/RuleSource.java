package org.regionalhealth.vaccination.schedule;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule comes from: the document, its issuer and effective date, and how sure we are of it.
 *
 * @param status {@link Evidence#V} confirmed in a retrieved text … {@link Evidence#UNCONFIRMED} not found; pages show
 *     every rule that rests on K or UNCONFIRMED as 待核实
 */
public record RuleSource(
        String code, String title, String issuer, @Nullable LocalDate effective, Evidence status, String evidence) {

    /** The evidence legend of the research notes (docs/vaccination.md). */
    public enum Evidence {
        V,
        V2,
        K,
        UNCONFIRMED;

        public boolean needsChecking() {
            return this == K || this == UNCONFIRMED;
        }
    }
}
