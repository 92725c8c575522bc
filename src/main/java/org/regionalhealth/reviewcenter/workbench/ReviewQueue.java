package org.regionalhealth.reviewcenter.workbench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.screening.Setting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pharmacists' queue: open tasks in the user's scope, most urgent first, in keyset pages (the cursor is the last
 * row's due time and id: no OFFSET, so page 500 costs what page 1 costs). One query per page, names resolved from a
 * cache: no N+1.
 */
@Component
public class ReviewQueue {

    static final int MAX_PAGE = 100;

    private final JdbcClient jdbc;
    private final InstitutionNames names;

    ReviewQueue(JdbcClient jdbc, InstitutionNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    /** Filters of the queue; {@code null} fields match everything. */
    public record Filter(
            @Nullable Skill skill,
            @Nullable Setting setting,
            @Nullable String tier,
            boolean mineOnly,
            @Nullable String number) {}

    /** One waiting prescription. */
    public record Item(
            long taskId,
            long prescriptionId,
            String prescriptionNumber,
            String institution,
            int revision,
            Skill skill,
            Setting setting,
            @Nullable String highestTier,
            boolean seniorOnly,
            Instant enqueuedAt,
            Instant amberAt,
            Instant dueAt,
            @Nullable String claimedBy,
            boolean breached,
            String timer,
            long secondsLeft) {}

    /** A page of the queue with the cursor of the next one ({@code null} at the end). */
    public record Page(List<Item> items, @Nullable String next, long waiting) {}

    public Page page(
            CurrentUser user, Set<Skill> skills, Filter filter, @Nullable String cursor, int size, Instant now) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        StringBuilder sql = new StringBuilder(
                """
                select t.id, t.prescription_id, p.prescription_number, p.institution_id, t.revision, t.skill, t.setting,
                       t.highest_tier, t.senior_only, t.enqueued_at, t.amber_at, t.due_at, t.claimed_by, t.breached
                  from prescriptionreview_review_task t
                  join prescriptionreview_prescription p on p.id = t.prescription_id
                 where t.decided_at is null and t.institution_path like ?
                   and t.skill = any(?::varchar[])""");
        List<Object> params = new ArrayList<>();
        params.add(user.scope().likePattern());
        params.add(skillArray(skills, filter.skill()));
        if (filter.setting() != null) {
            sql.append(" and t.setting = ?");
            params.add(filter.setting().name());
        }
        if (filter.tier() != null) {
            sql.append(" and t.highest_tier = ?");
            params.add(filter.tier());
        }
        if (filter.number() != null) {
            sql.append(" and p.prescription_number = ?");
            params.add(filter.number());
        }
        if (filter.mineOnly()) {
            sql.append(" and t.claimed_by = ?");
            params.add(user.username());
        }
        if (cursor != null) {
            Cursor c = Cursor.parse(cursor);
            sql.append(" and (t.due_at, t.id) > (?, ?)");
            params.add(Timestamp.from(c.dueAt()));
            params.add(c.id());
        }
        sql.append(" order by t.due_at, t.id limit ?");
        params.add(limit + 1);
        List<Item> rows = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> {
                    Instant amber = rs.getTimestamp(11).toInstant();
                    Instant due = rs.getTimestamp(12).toInstant();
                    boolean breached = rs.getBoolean(14);
                    String timer = breached || !due.isAfter(now) ? "red" : !amber.isAfter(now) ? "amber" : "green";
                    return new Item(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            names.nameOf(rs.getLong(4)),
                            rs.getInt(5),
                            Skill.valueOf(rs.getString(6)),
                            Setting.valueOf(rs.getString(7)),
                            rs.getString(8),
                            rs.getBoolean(9),
                            rs.getTimestamp(10).toInstant(),
                            amber,
                            due,
                            rs.getString(13),
                            breached,
                            timer,
                            Duration.between(now, due).toSeconds());
                })
                .list();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Item last = rows.get(limit - 1);
            next = new Cursor(last.dueAt(), last.taskId()).toString();
        }
        long waiting = jdbc.sql(
                        """
                        select count(*) from prescriptionreview_review_task t
                         where t.decided_at is null and t.institution_path like ? and t.skill = any(?::varchar[])""")
                .params(user.scope().likePattern(), skillArray(skills, filter.skill()))
                .query(Long.class)
                .single();
        return new Page(List.copyOf(rows), next, waiting);
    }

    private static String skillArray(Set<Skill> skills, @Nullable Skill only) {
        List<String> names = new ArrayList<>();
        for (Skill s : Skill.values()) {
            boolean allowed = s == Skill.GENERAL || skills.contains(s);
            if (allowed && (only == null || only == s)) {
                names.add(s.name());
            }
        }
        return "{" + String.join(",", names) + "}";
    }

    /** The keyset cursor: due time in epoch millis and task id. */
    record Cursor(Instant dueAt, long id) {

        static Cursor parse(String value) {
            String[] parts = value.split("_");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                return new Cursor(Instant.ofEpochMilli(Long.parseLong(parts[0])), Long.parseLong(parts[1]));
            } catch (NumberFormatException e) {
                throw PlatformException.invalidField("QUEUE_CURSOR", "after", "分页游标无效");
            }
        }

        @Override
        public String toString() {
            return dueAt.toEpochMilli() + "_" + id;
        }
    }

    static Set<Skill> parseSkills(String csv) {
        return Set.copyOf(Arrays.stream(csv.split(",")).map(Skill::valueOf).toList());
    }
}
