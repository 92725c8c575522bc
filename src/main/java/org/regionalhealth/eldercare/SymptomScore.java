package org.regionalhealth.eldercare;

import java.time.LocalDate;
import java.util.Map;

/** One ESAS-r rating of a hospice patient. */
public record SymptomScore(
        long id, long patientId, LocalDate scoredOn, Map<SymptomItem, Integer> scores, int total, String recordedBy) {

    /** The highest band among the items. */
    public SymptomBand worst() {
        return SymptomScoring.band(
                scores.values().stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    /** The band of one item. */
    public SymptomBand band(SymptomItem item) {
        return SymptomScoring.band(scores.get(item));
    }
}
