package org.regionalhealth.vaccination.district;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Coverage by town (or by village of one town) from the resident index and the records: children aged 1–6 with
 * BCG, three doses of HepB, polio and DTaP (any product of the series, so combination vaccines count) and MMR 1;
 * residents 60+ by calendar year with an influenza dose this season; girls of the HPV programme cohort aged 13+
 * with a first dose. Counts only: no person is shown.
 */
@Component
public class Coverage {

    /** One area's figures. */
    public record Row(
            String code,
            String name,
            long children,
            long bcg,
            long hepb3,
            long polio3,
            long dtap3,
            long mmr1,
            long elderly,
            long flu,
            long girls,
            long hpv) {

        public static double rate(long part, long whole) {
            return whole == 0 ? 0 : part * 100.0 / whole;
        }

        /** A share as pages show it: 96.4%. */
        public String pct(long part, long whole) {
            return String.format(java.util.Locale.ROOT, "%.1f%%", rate(part, whole));
        }

        public String width(long part, long whole) {
            return String.format(java.util.Locale.ROOT, "width:%.1f%%", rate(part, whole));
        }
    }

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final ScheduleEngine engine;
    private final Clock clock;

    Coverage(JdbcClient jdbc, Organizations organizations, ScheduleEngine engine, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Rows per town of the district, or per village of the town when {@code townCode} is given: the cohorts counted
     * in one scan of the resident index, the vaccinated among them in one scan of the coverage rollup
     * ({@code vaccination_status}, kept by the record writers), so the full district (2,000,000 residents) takes
     * about a second instead of an index probe per person (docs/benchmarks.md).
     */
    public List<Row> rows(@Nullable String townCode) {
        var today = LocalDate.now(clock);
        List<Division> areas = townCode == null ? organizations.towns() : organizations.villagesOf(townCode);
        int length = townCode == null ? 9 : 12;
        String prefix = townCode == null ? "%" : townCode + "%";
        var childFrom = Date.valueOf(today.minusYears(7));
        var childTo = Date.valueOf(today.minusYears(1));
        var elderlyTo = Date.valueOf(LocalDate.of(today.getYear() - 60, 12, 31));
        var girlFrom = Date.valueOf(LocalDate.of(2011, 11, 10));
        var girlTo = Date.valueOf(today.minusYears(13));
        var seasonStart = Date.valueOf(engine.rules().influenza().seasonStartOf(today));
        Map<String, long[]> figures = new HashMap<>();
        // the cohorts from the resident index: one scan, no join
        jdbc.sql(
                        """
                        select substr(r.division_code, 1, :length),
                          count(*) filter (where r.birth_date > :childFrom and r.birth_date <= :childTo),
                          count(*) filter (where r.birth_date <= :elderlyTo),
                          count(*) filter (where r.sex = '2' and r.birth_date >= :girlFrom and r.birth_date <= :girlTo)
                        from residents_resident r
                        where r.division_code like :prefix
                          and (r.birth_date > :childFrom and r.birth_date <= :childTo or r.birth_date <= :elderlyTo
                               or r.sex = '2' and r.birth_date >= :girlFrom and r.birth_date <= :girlTo)
                        group by 1""")
                .param("length", length)
                .param("childFrom", childFrom)
                .param("childTo", childTo)
                .param("elderlyTo", elderlyTo)
                .param("girlFrom", girlFrom)
                .param("girlTo", girlTo)
                .param("prefix", prefix)
                .query(rs -> {
                    var f = figures.computeIfAbsent(rs.getString(1), k -> new long[10]);
                    f[0] = rs.getLong(2);
                    f[6] = rs.getLong(3);
                    f[8] = rs.getLong(4);
                });
        // the vaccinated among them from the rollup: one scan of vaccination_status
        jdbc.sql(
                        """
                        with c as (
                          select substr(s.division_code, 1, :length) as area,
                            s.birth_date > :childFrom and s.birth_date <= :childTo as child,
                            s.birth_date <= :elderlyTo as elderly,
                            s.sex = '2' and s.birth_date >= :girlFrom and s.birth_date <= :girlTo as girl,
                            s.bcg, s.hepb, s.polio, s.dtap, s.mmr, s.hpv, s.last_flu
                          from vaccination_status s where s.division_code like :prefix)
                        select area,
                          count(*) filter (where child and bcg > 0), count(*) filter (where child and hepb >= 3),
                          count(*) filter (where child and polio >= 3), count(*) filter (where child and dtap >= 3),
                          count(*) filter (where child and mmr >= 1),
                          count(*) filter (where elderly and last_flu >= :season),
                          count(*) filter (where girl and hpv > 0)
                        from c group by area""")
                .param("length", length)
                .param("childFrom", childFrom)
                .param("childTo", childTo)
                .param("elderlyTo", elderlyTo)
                .param("girlFrom", girlFrom)
                .param("girlTo", girlTo)
                .param("prefix", prefix)
                .param("season", seasonStart)
                .query(rs -> {
                    var f = figures.computeIfAbsent(rs.getString(1), k -> new long[10]);
                    for (int i = 0; i < 5; i++) {
                        f[i + 1] = rs.getLong(i + 2);
                    }
                    f[7] = rs.getLong(7);
                    f[9] = rs.getLong(8);
                });
        var rows = new ArrayList<Row>();
        for (var area : areas) {
            var f = figures.getOrDefault(
                    area.code().substring(0, Math.min(length, area.code().length())), new long[10]);
            rows.add(new Row(area.code(), area.name(), f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]));
        }
        return rows;
    }

    /**
     * Rows per school and kindergarten of a town, a page at a time, in the user's scope: the pupils on the school's
     * roster ({@code vaccination_enrolment}, what the entry check reads) and those among them with each programme
     * series, from the coverage rollup. The row's code is the school's unit id (the entry check's parameter); the
     * adult cohorts are zero. A pupil with no record at all has no rollup row and counts as not vaccinated.
     */
    public PageResult<Row> schools(String townCode, DataScope scope, int page, int size) {
        var units = organizations.search(new UnitQuery(UnitType.SCHOOL, null, null, townCode), scope, page, size);
        Map<Long, long[]> figures = new HashMap<>();
        if (!units.items().isEmpty()) {
            jdbc.sql(
                            """
                            select e.school_id, count(*), count(*) filter (where s.bcg > 0),
                              count(*) filter (where s.hepb >= 3), count(*) filter (where s.polio >= 3),
                              count(*) filter (where s.dtap >= 3), count(*) filter (where s.mmr >= 1)
                            from vaccination_enrolment e
                              left join vaccination_status s on s.resident_id = e.resident_id
                            where e.school_id = any(:ids)
                            group by e.school_id""")
                    .param("ids", units.items().stream().map(u -> u.id()).toArray(Long[]::new))
                    .query(rs -> {
                        var f = new long[6];
                        for (int i = 0; i < 6; i++) {
                            f[i] = rs.getLong(i + 2);
                        }
                        figures.put(rs.getLong(1), f);
                    });
        }
        return units.map(u -> {
            var f = figures.getOrDefault(u.id(), new long[6]);
            return new Row(String.valueOf(u.id()), u.name(), f[0], f[1], f[2], f[3], f[4], f[5], 0, 0, 0, 0);
        });
    }

    public Row total(List<Row> rows, String name) {
        long[] t = new long[10];
        for (var r : rows) {
            long[] v = {
                r.children(),
                r.bcg(),
                r.hepb3(),
                r.polio3(),
                r.dtap3(),
                r.mmr1(),
                r.elderly(),
                r.flu(),
                r.girls(),
                r.hpv()
            };
            for (int i = 0; i < 10; i++) {
                t[i] += v[i];
            }
        }
        return new Row("", name, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9]);
    }
}
