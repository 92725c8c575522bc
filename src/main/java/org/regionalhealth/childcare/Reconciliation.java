package org.regionalhealth.childcare;

import java.math.BigDecimal;
import java.util.List;

/**
 * A batch checked against the ledger: every payment against its application and the rule version it names.
 *
 * @param problems one Chinese line per difference found (empty when the batch reconciles)
 */
public record Reconciliation(long batchId, int payments, BigDecimal total, int matched, List<String> problems) {

    public boolean clean() {
        return problems.isEmpty();
    }
}
