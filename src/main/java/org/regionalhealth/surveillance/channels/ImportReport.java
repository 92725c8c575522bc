package org.regionalhealth.surveillance.channels;

import java.util.List;
import java.util.Set;

/**
 * What an import did: rows read, rows stored, the row-level errors, and the signals the rules raised. A batch with
 * bad rows stores nothing unless the caller asked for the good rows only.
 */
public record ImportReport(int rows, int imported, List<RowError> errors, boolean goodRowsOnly, Set<Long> signals) {

    public boolean rejected() {
        return !errors.isEmpty() && !goodRowsOnly;
    }
}
