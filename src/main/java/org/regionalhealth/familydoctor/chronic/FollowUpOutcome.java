package org.regionalhealth.familydoctor.chronic;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The classification of one follow-up and what it leads to, with the reasons in words and the rule set that decided.
 *
 * @param nextDue when the patient must be seen next
 * @param referralCheckDue when the doctor must check on the referral (2 weeks), {@code null} without a referral
 */
public record FollowUpOutcome(
        VisitClass visitClass,
        FollowUpAction action,
        LocalDate nextDue,
        @Nullable LocalDate referralCheckDue,
        List<String> reasons,
        String ruleSetId) {

    public boolean controlled() {
        return visitClass == VisitClass.CONTROLLED;
    }
}
