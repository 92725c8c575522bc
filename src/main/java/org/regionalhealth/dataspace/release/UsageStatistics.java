package org.regionalhealth.dataspace.release;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Usage statistics per data product (what a registration with a data exchange reports): requests, approvals, active
 * contracts, queries answered, files released, rows released, refusals by the gate, the last release.
 */
@Repository
public class UsageStatistics {

    /** One product's figures. */
    public record ProductUsage(
            long productId,
            String code,
            String name,
            String datasetName,
            long requests,
            long approved,
            long contracts,
            long queries,
            long files,
            long rowsReleased,
            long refused,
            @Nullable Instant lastRelease) {}

    /** Totals over every product. */
    public record Totals(long requests, long approved, long queries, long files, long rowsReleased, long refused) {}

    private static final String SELECT =
            """
            select * from (select p.id, p.code, p.name, d.name as dataset_name,
                   (select count(*) from dataspace_request r where r.product_id = p.id) as requests,
                   (select count(*) from dataspace_request r where r.product_id = p.id and r.state = 'APPROVED')
                       as approved,
                   (select count(*) from dataspace_contract c where c.product_id = p.id) as contracts,
                   count(x.id) filter (where x.kind = 'QUERY' and x.outcome = 'RELEASED') as queries,
                   count(x.id) filter (where x.kind = 'FILE' and x.outcome = 'RELEASED') as files,
                   coalesce(sum(x.rows_out) filter (where x.kind = 'FILE' and x.outcome = 'RELEASED'), 0)
                       as rows_released,
                   count(x.id) filter (where x.outcome = 'REFUSED') as refused,
                   max(x.released_at) filter (where x.outcome = 'RELEASED') as last_release
              from dataspace_product p join dataspace_dataset d on d.id = p.dataset_id
              left join dataspace_release x on x.product_id = p.id
             group by p.id, p.code, p.name, d.name) u""";

    private final JdbcClient jdbc;

    UsageStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Products with any request first (most used first), then the rest by code. */
    public PageResult<ProductUsage> perProduct(int page, int size) {
        int bounded = PageResult.boundedSize(size);
        long total = jdbc.sql("select count(*) from dataspace_product")
                .query(Long.class)
                .single();
        var items = jdbc.sql(SELECT + " order by requests + queries + files desc, code limit ? offset ?")
                .params(bounded, (long) Math.max(0, page) * bounded)
                .query((rs, n) -> {
                    var last = rs.getTimestamp("last_release");
                    return new ProductUsage(
                            rs.getLong("id"),
                            rs.getString("code"),
                            rs.getString("name"),
                            rs.getString("dataset_name"),
                            rs.getLong("requests"),
                            rs.getLong("approved"),
                            rs.getLong("contracts"),
                            rs.getLong("queries"),
                            rs.getLong("files"),
                            rs.getLong("rows_released"),
                            rs.getLong("refused"),
                            last == null ? null : last.toInstant());
                })
                .list();
        return new PageResult<>(items, total, Math.max(0, page), bounded);
    }

    public Totals totals() {
        return jdbc.sql(
                        """
                        select (select count(*) from dataspace_request) as requests,
                               (select count(*) from dataspace_request where state = 'APPROVED') as approved,
                               count(*) filter (where kind = 'QUERY' and outcome = 'RELEASED') as queries,
                               count(*) filter (where kind = 'FILE' and outcome = 'RELEASED') as files,
                               coalesce(sum(rows_out) filter (where kind = 'FILE' and outcome = 'RELEASED'), 0) as rows_out,
                               count(*) filter (where outcome = 'REFUSED') as refused
                          from dataspace_release""")
                .query((rs, n) -> new Totals(
                        rs.getLong("requests"),
                        rs.getLong("approved"),
                        rs.getLong("queries"),
                        rs.getLong("files"),
                        rs.getLong("rows_out"),
                        rs.getLong("refused")))
                .single();
    }
}
