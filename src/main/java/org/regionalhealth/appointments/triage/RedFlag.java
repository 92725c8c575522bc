package org.regionalhealth.appointments.triage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A red flag (危险信号) of the triage: when it holds, the answer is "立即拨打120" and the nearest emergency department,
 * before anything else, and nothing is booked (research Part 2 §2.3; a design mapping, not a diagnosis).
 *
 * <p>It holds when every group of {@code termGroups} has one term in the text (an empty list: no text condition) and
 * the age and temperature conditions that are set hold.
 *
 * @param code stable code, logged with every triage
 * @param name what the resident reads (Chinese)
 * @param termGroups all groups must match, any term of a group matches it
 * @param ageBelowMonths only for patients younger than this many completed months
 * @param temperatureAtLeast only at or above this temperature (°C)
 * @param temperatureBelow only below this temperature (°C)
 * @param advice what to do now, in Chinese
 * @param source the regulation, guideline or campaign it comes from
 */
public record RedFlag(
        String code,
        String name,
        List<List<String>> termGroups,
        @Nullable Integer ageBelowMonths,
        @Nullable Double temperatureAtLeast,
        @Nullable Double temperatureBelow,
        String advice,
        String source) {

    /** The terms that matched (one per group), or {@code null} when the flag does not hold. */
    @Nullable
    List<String> match(String text, @Nullable Integer ageMonths, @Nullable Double temperature) {
        if (ageBelowMonths != null && (ageMonths == null || ageMonths >= ageBelowMonths)) {
            return null;
        }
        if (temperatureAtLeast != null && (temperature == null || temperature < temperatureAtLeast)) {
            return null;
        }
        if (temperatureBelow != null && (temperature == null || temperature >= temperatureBelow)) {
            return null;
        }
        var matched = new java.util.ArrayList<String>();
        for (var group : termGroups) {
            var hit = group.stream().filter(text::contains).findFirst();
            if (hit.isEmpty()) {
                return null;
            }
            matched.add(hit.get());
        }
        return matched;
    }
}
