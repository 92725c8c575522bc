package org.regionalhealth.vaccination.record;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds the coverage rollup once for a database whose records predate it (V3); afterwards the writers keep it. */
@Component
class CoverageRollupStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CoverageRollupStartup.class);

    private final VaccinationRecords records;
    private final TransactionTemplate tx;

    CoverageRollupStartup(VaccinationRecords records, TransactionTemplate tx) {
        this.records = records;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (records.statusMissing()) {
            long started = System.nanoTime();
            Integer rows = tx.execute(s -> records.rebuildStatus());
            log.info(
                    "Vaccination coverage rollup built: {} residents in {} ms",
                    rows,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
