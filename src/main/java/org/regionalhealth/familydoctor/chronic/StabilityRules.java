package org.regionalhealth.familydoctor.chronic;

import java.time.LocalDate;

/**
 * Follow-up sequence for the village-level chronic diseases the 规范 does not cover (COPD, asthma, coronary heart
 * disease, stroke, CKD): the clinician judges the patient stable or not, and the 规范's hypertension sequence applies
 * by analogy (quarterly visits, recheck within 2 weeks, refer after two unstable visits). A local-protocol
 * assumption, marked as such in docs/indicators.md.
 */
public final class StabilityRules {

    public static final String RULE_SET_ID = "LOCAL-STABILITY-2026";

    private StabilityRules() {}

    public static FollowUpOutcome classify(
            LocalDate date,
            boolean stable,
            boolean adverseReaction,
            boolean complication,
            boolean previousNotControlled) {
        return ChronicSequence.decide(
                date,
                stable,
                stable ? "医生评估病情稳定" : "医生评估病情不稳定",
                adverseReaction,
                complication,
                previousNotControlled,
                14,
                14,
                90,
                RULE_SET_ID);
    }
}
