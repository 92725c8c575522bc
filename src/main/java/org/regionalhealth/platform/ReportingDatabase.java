package org.regionalhealth.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where dashboards and supervision read (docs/adr/0009 step 3, docs/scale-out.md): a read-only replica when
 * {@code rhp.platform.read-replica.url} is set, the primary otherwise. Only aggregate reads belong here: a replica
 * lags by its replication delay, its connections refuse writes, and reads of a person stay on the primary because
 * each writes an audit row (ADR 0006).
 */
public interface ReportingDatabase {

    /** A client on the replica when one is configured, else on the primary. */
    JdbcClient jdbc();

    /** Whether {@link #jdbc()} reads a replica. */
    boolean replica();
}
