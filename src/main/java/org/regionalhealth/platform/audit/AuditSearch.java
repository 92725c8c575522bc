package org.regionalhealth.platform.audit;

import java.sql.Array;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.PageResult;
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
        var where = where(new Filter(username, null, recordId, action, from, to));
        var params = new ArrayList<Object>(where.params());
        params.add(Math.min(Math.max(limit, 1), 1000));
        return jdbc.sql("select * from platform_audit_event" + where.sql() + " order by at desc, id desc limit ?")
                .params(params)
                .query((rs, row) -> entry(rs))
                .list();
    }

    /**
     * What the administrator searches by.
     *
     * @param text part of a user name or of the purpose
     */
    public record Filter(
            @Nullable String username,
            @Nullable String text,
            @Nullable Long recordId,
            @Nullable String action,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {}

    /** One page of the search, newest first, with the total for the pager (issue 16). */
    public PageResult<AuditEntry> page(Filter filter, int page, int size) {
        var where = where(filter);
        int bounded = PageResult.boundedSize(size);
        int safePage = Math.max(page, 0);
        long total = jdbc.sql("select count(*) from platform_audit_event" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        var params = new ArrayList<Object>(where.params());
        params.add(bounded);
        params.add((long) safePage * bounded);
        var items = jdbc.sql("select * from platform_audit_event" + where.sql()
                        + " order by at desc, id desc limit ? offset ?")
                .params(params)
                .query((rs, row) -> entry(rs))
                .list();
        return new PageResult<>(items, total, safePage, bounded);
    }

    /** Every entry of the search, newest first, up to {@code limit} (the Excel export). */
    public List<AuditEntry> all(Filter filter, int limit) {
        var where = where(filter);
        var params = new ArrayList<Object>(where.params());
        params.add(limit);
        return jdbc.sql("select * from platform_audit_event" + where.sql() + " order by at desc, id desc limit ?")
                .params(params)
                .query((rs, row) -> entry(rs))
                .list();
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(Filter filter) {
        var sql = new StringBuilder(" where true");
        var params = new ArrayList<Object>();
        if (filter.username() != null && !filter.username().isBlank()) {
            sql.append(" and username = ?");
            params.add(filter.username().trim());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" and (username ilike ? or purpose ilike ?)");
            var like = "%"
                    + filter.text()
                            .trim()
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
        if (filter.recordId() != null) {
            sql.append(" and record_ids @> array[?]::bigint[]");
            params.add(filter.recordId());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            sql.append(" and action = ?");
            params.add(filter.action().trim());
        }
        if (filter.from() != null) {
            sql.append(" and at >= ?::date");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            sql.append(" and at < ?::date + 1");
            params.add(filter.to());
        }
        return new Where(sql.toString(), params);
    }

    private static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
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
    }
}
