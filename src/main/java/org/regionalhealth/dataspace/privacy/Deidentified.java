package org.regionalhealth.dataspace.privacy;

import java.util.List;
import java.util.Map;

/**
 * A table after de-identification: no direct identifier, quasi-identifiers at the levels chosen, rows of groups below
 * k suppressed.
 *
 * @param columns the released columns (direct identifiers removed)
 * @param rows the released values
 * @param levels generalisation level per quasi-identifier key (0 = as stored)
 * @param suppressed rows withheld because their group stayed below k (local record suppression)
 * @param smallest rows in the smallest group released
 * @param groups number of groups released
 * @param k the k asked for
 */
public record Deidentified(
        List<Column> columns,
        List<String[]> rows,
        Map<String, Integer> levels,
        int suppressed,
        int smallest,
        int groups,
        int k) {}
