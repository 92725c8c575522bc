package org.regionalhealth.appointments.triage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the triage answers: an emergency (a red flag: call 120) or an outpatient department with the reason, always
 * with the reasoning steps that are logged for review.
 *
 * @param temperature the temperature used (tap or text), {@code null} when none
 * @param durationDays the duration used, {@code null} when none
 * @param ageMonths the age used, {@code null} when none
 */
public record TriageResult(
        Outcome outcome,
        @Nullable RedFlag redFlag,
        @Nullable String departmentCode,
        String reason,
        List<String> reasoning,
        @Nullable Double temperature,
        @Nullable Integer durationDays,
        @Nullable Integer ageMonths,
        boolean child) {

    /** Emergency (red flag) or outpatient. */
    public enum Outcome {
        EMERGENCY,
        OUTPATIENT
    }

    public boolean emergency() {
        return outcome == Outcome.EMERGENCY;
    }
}
