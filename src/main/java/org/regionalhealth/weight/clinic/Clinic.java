package org.regionalhealth.weight.clinic;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.residents.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinician's and the district's views of 萧慧减: enrolled residents in the reader's scope with their trend and
 * adherence (days logged in the last 14), and per town the enrolment, the average change at 12 weeks and the share
 * reaching 5 % loss (from the plan table alone: one grouped scan, no per-resident work).
 */
@Component
public class Clinic {

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final AuditLog audit;
    private final Clock clock;

    Clinic(JdbcClient jdbc, Organizations organizations, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param changeKg latest − start
     * @param loggedDays days with a diet entry in the last 14
     */
    public record Enrolled(
            long residentId,
            String name,
            String sex,
            int age,
            String kind,
            LocalDate enrolledOn,
            double startKg,
            double latestKg,
            double targetKg,
            double changeKg,
            double changePercent,
            int loggedDays,
            int openAlerts) {}

    @Transactional
    public PageResult<Enrolled> enrolled(CurrentUser user, int page, int size) {
        int bounded = PageResult.boundedSize(size);
        var scope = user.scope().likePattern();
        long total = jdbc.sql("select count(*) from weight_plan where unit_path like ?")
                .param(scope)
                .query(Long.class)
                .single();
        var today = LocalDate.now(clock);
        var items = jdbc.sql(
                        """
                        select p.resident_id, r.name, r.sex, r.birth_date, p.kind, p.enrolled_on, p.start_weight_kg,
                               p.latest_weight_kg, p.target_weight_kg,
                               (select count(distinct m.day) from weight_meal m
                                where m.resident_id = p.resident_id and m.day > :since) as logged,
                               (select count(*) from weight_alert a
                                where a.resident_id = p.resident_id and a.status = 'OPEN') as alerts
                        from weight_plan p join residents_resident r on r.id = p.resident_id
                        where p.unit_path like :scope
                        order by alerts desc, p.enrolled_on, p.resident_id limit :limit offset :offset""")
                .param("since", today.minusDays(14))
                .param("scope", scope)
                .param("limit", bounded)
                .param("offset", (long) Math.max(page, 0) * bounded)
                .query((rs, n) -> {
                    double start = rs.getDouble("start_weight_kg");
                    double latest = rs.getDouble("latest_weight_kg");
                    double change = Math.round((latest - start) * 10) / 10.0;
                    return new Enrolled(
                            rs.getLong("resident_id"),
                            user.mayReadFullNames() ? rs.getString("name") : Masking.name(rs.getString("name")),
                            "1".equals(rs.getString("sex")) ? "男" : "女",
                            Period.between(rs.getObject("birth_date", LocalDate.class), today)
                                    .getYears(),
                            rs.getString("kind"),
                            rs.getObject("enrolled_on", LocalDate.class),
                            start,
                            latest,
                            rs.getDouble("target_weight_kg"),
                            change,
                            Math.round(change / start * 1000) / 10.0,
                            rs.getInt("logged"),
                            rs.getInt("alerts"));
                })
                .list();
        audit.record(
                AuditLog.Action.SEARCH,
                "resident",
                items.stream().map(Enrolled::residentId).toList(),
                "weight clinic");
        return new PageResult<>(items, total, Math.max(page, 0), bounded);
    }

    /**
     * One town of the district dashboard.
     *
     * @param at12Weeks enrolled residents with a weigh-in 12 weeks or more after enrolment
     * @param averageChangeKg their average change (negative: loss), null without any
     * @param reached5Percent of those, how many lost 5 % or more
     */
    public record TownRow(
            String townCode,
            String townName,
            long enrolled,
            long at12Weeks,
            @Nullable Double averageChangeKg,
            long reached5Percent) {

        public @Nullable Double reachedShare() {
            return at12Weeks == 0 ? null : Math.round(reached5Percent * 1000.0 / at12Weeks) / 10.0;
        }
    }

    /** Per town of the reader's scope, towns without enrolment included; the last row is the total. */
    public List<TownRow> byTown(CurrentUser user) {
        var counts = new HashMap<String, TownRow>();
        jdbc.sql(
                        """
                        select town_code, count(*), count(week12_weight_kg),
                               avg(week12_weight_kg - start_weight_kg),
                               count(*) filter (where week12_weight_kg <= start_weight_kg * 0.95)
                        from weight_plan where unit_path like ? group by town_code""")
                .param(user.scope().likePattern())
                .query((rs, n) -> counts.put(
                        rs.getString(1),
                        new TownRow(
                                rs.getString(1),
                                "",
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getObject(4) == null ? null : Math.round(rs.getDouble(4) * 10) / 10.0,
                                rs.getLong(5))))
                .list();
        var rows = new ArrayList<TownRow>();
        long enrolled = 0;
        long at12 = 0;
        long reached = 0;
        double sum = 0;
        for (var town : organizations.towns()) {
            var c = counts.get(town.code());
            if (c == null && !user.scope().unitPath().equals("/1/") && counts.isEmpty()) {
                continue;
            }
            var row = c == null
                    ? new TownRow(town.code(), town.name(), 0, 0, null, 0)
                    : new TownRow(
                            town.code(),
                            town.name(),
                            c.enrolled(),
                            c.at12Weeks(),
                            c.averageChangeKg(),
                            c.reached5Percent());
            rows.add(row);
            enrolled += row.enrolled();
            at12 += row.at12Weeks();
            reached += row.reached5Percent();
            if (row.averageChangeKg() != null) {
                sum += row.averageChangeKg() * row.at12Weeks();
            }
        }
        rows.add(new TownRow("", "合计", enrolled, at12, at12 == 0 ? null : Math.round(sum / at12 * 10) / 10.0, reached));
        return rows;
    }
}
