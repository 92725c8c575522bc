package org.regionalhealth.surveillance.signals;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One reason for a signal: a count-window rule reached in a unit, or a statistical detector's alarm on a channel's
 * series. {@code level} is the channel state of §8.7 (rules: their tier; detectors: yellow or red by p-value).
 *
 * @param channel the channel it came from ({@code school}, {@code case_report}, {@code visits}, {@code pharmacy} …)
 * @param kind {@code rule} or {@code statistical}
 * @param ruleId the rule id or detector name
 * @param ruleName Chinese name of the rule or detector
 * @param tier rules: single-case / outbreak / cluster / report; statistical: red / yellow
 * @param unitKey the unit counted in (class, school, village, town, institution)
 * @param unitLabel its Chinese name
 * @param unitPath the owning org unit's path (school, institution; the district for areas)
 * @param townCode the town it lies in (the fusion area)
 * @param category symptom, disease or sales class
 * @param day the day evaluated
 * @param count persons (rules) or the observed count (statistical)
 * @param baseline expected count (statistical only)
 * @param threshold K of the rule or the detector's upper bound
 * @param pvalue detector p-value
 * @param persons names behind a rule hit where known
 * @param source the rule's document or the detector's reference
 * @param slaHours handling clock
 */
public record Trigger(
        String channel,
        String kind,
        String ruleId,
        String ruleName,
        String tier,
        String unitKey,
        String unitLabel,
        String unitPath,
        String townCode,
        String category,
        LocalDate day,
        double count,
        @Nullable Double baseline,
        double threshold,
        @Nullable Double pvalue,
        List<String> persons,
        String source,
        int slaHours) {

    public boolean isRule() {
        return "rule".equals(kind);
    }

    public String syndrome() {
        return Syndromes.of(category);
    }
}
