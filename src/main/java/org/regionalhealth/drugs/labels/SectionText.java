package org.regionalhealth.drugs.labels;

import java.time.LocalDate;
import java.util.List;

/**
 * One label section of one generic, as the service quotes it.
 *
 * @param genericId the generic
 * @param section which section
 * @param text the text, in our own words
 * @param sources source ids of the knowledge base's citation registry
 * @param origin {@code written} (restated by us in {@code drugs/labels/*.yaml}) or {@code derived} (composed from
 *     the knowledge base's structured facts, the same ones screening uses)
 * @param reviewStatus draft until the pharmacy and therapeutics committee approves it
 * @param checked when it was last checked against its sources
 */
public record SectionText(
        String genericId,
        LabelSection section,
        String text,
        List<String> sources,
        String origin,
        String reviewStatus,
        LocalDate checked) {

    public SectionText {
        sources = List.copyOf(sources);
    }
}
