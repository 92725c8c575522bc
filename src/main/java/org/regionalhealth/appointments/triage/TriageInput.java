package org.regionalhealth.appointments.triage;

import org.jspecify.annotations.Nullable;
import org.regionalhealth.residents.Sex;

/**
 * What the resident told the triage: free text and the taps (each tap wins over what the text says).
 *
 * @param ageMonths age of the patient in completed months, {@code null} when not given
 * @param child the patient is a child (a tap, or words such as 孩子/宝宝 in the text)
 * @param temperature highest measured temperature in °C
 * @param durationDays how long it has lasted
 */
public record TriageInput(
        String text,
        @Nullable Integer ageMonths,
        @Nullable Sex sex,
        @Nullable Double temperature,
        @Nullable Integer durationDays,
        boolean child) {

    public static TriageInput text(String text) {
        return new TriageInput(text, null, null, null, null, false);
    }
}
