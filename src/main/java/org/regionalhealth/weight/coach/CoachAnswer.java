package org.regionalhealth.weight.coach;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.weight.RedFlag;

/**
 * The coach's answer: the retrieved passages with their sources, or none (nothing close enough in the guidance);
 * a red flag in the question sends it to the family doctor instead.
 *
 * @param passages best first, each at or above the threshold
 * @param redFlag the red flag the question raised, if any
 */
public record CoachAnswer(String question, List<Scored> passages, @Nullable RedFlag redFlag) {

    public record Scored(Passage passage, double score) {}

    public boolean answered() {
        return !passages.isEmpty() && redFlag == null;
    }
}
