package org.regionalhealth.platform.audit;

import java.sql.Array;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The district administrator's search over the audit log: by user, record, action and date range. */
@Component
public class AuditSearch {

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntry> search(
            @Nullable String username,
            @Nullable Long recordId,
            @Nullable String action,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            int limit) {
        var sql = new StringBuilder("select * from platform_audit_event where true");
        var params = new ArrayList<Object>();
        if (username != null && !username.isBlank()) {
            sql.append(" and username = ?");
            params.add(username.trim());
        }
        if (recordId != null) {
            sql.append(" and record_ids @> array[?]::bigint[]");
            params.add(recordId);
        }
        if (action != null && !action.isBlank()) {
            sql.append(" and action = ?");
            params.add(action.trim());
        }
        if (from != null) {
            sql.append(" and at >= ?::date");
            params.add(from);
        }
        if (to != null) {
            sql.append(" and at < ?::date + 1");
            params.add(to);
        }
        sql.append(" order by at desc, id desc limit ?");
        params.add(Math.min(Math.max(limit, 1), 1000));
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, row) -> {
                    Array ids = rs.getArray("record_ids");
                    return new AuditEntry(
                            rs.getLong("id"),
                            rs.getObject("at", OffsetDateTime.class),
                            rs.getString("username"),
                            rs.getString("role"),
                            rs.getLong("unit_id"),
                            rs.getString("channel"),
                            rs.getString("action"),
                            rs.getString("record_type"),
                            Arrays.asList((Long[]) ids.getArray()),
                            rs.getString("purpose"),
                            rs.getString("client_ip"));
                })
                .list();
    }
}
