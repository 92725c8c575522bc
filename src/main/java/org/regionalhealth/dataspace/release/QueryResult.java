package org.regionalhealth.dataspace.release;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.dataspace.privacy.Aggregates;

/**
 * The answer to a query: labelled cells, small ones suppressed.
 *
 * @param headers the dimension labels
 * @param measure the measure's label, or null
 * @param epsilon ε of the noise added to the counts, or null when exact
 * @param smallCell cells below this count are suppressed
 */
public record QueryResult(
        long releaseId,
        List<String> headers,
        @Nullable String measure,
        List<Aggregates.Cell> cells,
        int suppressedCells,
        @Nullable Double epsilon,
        int smallCell,
        int usesLeft) {}
