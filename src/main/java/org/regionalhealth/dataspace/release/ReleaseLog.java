package org.regionalhealth.dataspace.release;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.dataspace.access.Contract;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Every release and every refusal under a contract, with the platform audit row beside it. */
@Repository
public class ReleaseLog {

    /** A release as listed on the contract page and in the API. */
    public record Entry(
            long id,
            long contractId,
            String kind,
            String outcome,
            String actor,
            int rows,
            int suppressed,
            int smallest,
            int k,
            @Nullable Double epsilon,
            String detail,
            Instant at) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate separate;

    ReleaseLog(JdbcClient jdbc, AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records a release in the caller's transaction (it disappears with a failed release). */
    long released(
            Contract contract,
            String actor,
            String kind,
            int rows,
            int suppressed,
            int smallest,
            @Nullable Double epsilon,
            String detail) {
        long id = insert(contract, actor, kind, "RELEASED", rows, suppressed, smallest, epsilon, detail);
        audit.record(
                kind.equals("FILE") ? AuditLog.Action.EXPORT : AuditLog.Action.READ,
                "dataspace_contract",
                List.of(contract.id()),
                "data-space " + kind.toLowerCase() + " release " + id + " of " + contract.productCode()
                        + " under contract " + contract.id() + " (k=" + contract.k() + ", rows=" + rows + ")");
        return id;
    }

    /** Records a refusal by the gate in its own transaction, so it stays when the release is rolled back. */
    void refused(Contract contract, String actor, String kind, int smallest, String detail) {
        separate.executeWithoutResult(status -> {
            insert(contract, actor, kind, "REFUSED", 0, 0, smallest, null, detail);
            audit.record(
                    AuditLog.Action.READ,
                    "dataspace_contract",
                    List.of(contract.id()),
                    "data-space " + kind.toLowerCase() + " refused by the k-anonymity gate under contract "
                            + contract.id());
        });
    }

    private long insert(
            Contract contract,
            String actor,
            String kind,
            String outcome,
            int rows,
            int suppressed,
            int smallest,
            @Nullable Double epsilon,
            String detail) {
        return jdbc.sql(
                        """
                        insert into dataspace_release (contract_id, product_id, kind, outcome, actor, rows_out,
                            suppressed, smallest, k_value, epsilon, detail, released_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        contract.id(),
                        contract.productId(),
                        kind,
                        outcome,
                        actor,
                        rows,
                        suppressed,
                        smallest,
                        contract.k(),
                        epsilon,
                        detail.length() > 500 ? detail.substring(0, 500) : detail,
                        Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .single();
    }

    public PageResult<Entry> ofContract(long contractId, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        long total = jdbc.sql("select count(*) from dataspace_release where contract_id = ?")
                .param(contractId)
                .query(Long.class)
                .single();
        var items = jdbc.sql("select * from dataspace_release where contract_id = ? order by id desc limit ? offset ?")
                .params(contractId, bounded, (long) Math.max(0, page) * bounded)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getLong("contract_id"),
                        rs.getString("kind"),
                        rs.getString("outcome"),
                        rs.getString("actor"),
                        rs.getInt("rows_out"),
                        rs.getInt("suppressed"),
                        rs.getInt("smallest"),
                        rs.getInt("k_value"),
                        rs.getObject("epsilon") == null ? null : rs.getDouble("epsilon"),
                        rs.getString("detail"),
                        rs.getTimestamp("released_at").toInstant()))
                .list();
        return new PageResult<>(items, total, Math.max(0, page), bounded);
    }
}
