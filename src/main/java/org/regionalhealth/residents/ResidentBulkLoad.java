package org.regionalhealth.residents;

import java.util.Iterator;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Loads many residents at once with PostgreSQL {@code COPY}, for the demo district and for migrating a legacy index.
 * Runs in the caller's transaction: all rows or none. Rows are trusted to be valid (the caller generated or
 * validated them); duplicates abort the load.
 */
public interface ResidentBulkLoad {

    /** A row to load; the managing unit's path is given so no lookup per row is needed. */
    record Row(
            ResidentIdNumber idNumber,
            String name,
            String phone,
            String villageCode,
            long unitId,
            String unitPath,
            String address) {}

    /**
     * @param progress called with the number of rows written so far, every 10,000 rows
     * @return rows written
     */
    long load(Iterator<Row> rows, LongConsumer progress);

    /** The record id of an ID number, for systems linking their records to the index (not audited: no personal data). */
    Optional<Long> idOf(ResidentIdNumber idNumber);
}
