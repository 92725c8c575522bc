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
import org.regionalhealth.vaccination.schedule.ScheduleEngine;
import org.regionalhealth.vaccination.schedule.Vaccine;
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

    /** Rows per town of the district, or per village of the town when {@code townCode} is given. */
    public List<Row> rows(@Nullable String townCode) {
        var today = LocalDate.now(clock);
        List<Division> areas = townCode == null ? organizations.towns() : organizations.villagesOf(townCode);
        int length = townCode == null ? 9 : 12;
        String prefix = townCode == null ? "%" : townCode + "%";
        Map<String, long[]> figures = new HashMap<>();
        jdbc.sql(
                        """
                        select substr(r.division_code, 1, ?) as area, count(*),
                          count(*) filter (where c.bcg > 0), count(*) filter (where c.hepb >= 3),
                          count(*) filter (where c.polio >= 3), count(*) filter (where c.dtap >= 3),
                          count(*) filter (where c.mmr >= 1)
                        from residents_resident r cross join lateral (
                          select count(*) filter (where v.product = any(?)) as bcg,
                                 count(*) filter (where v.product = any(?)) as hepb,
                                 count(*) filter (where v.product = any(?)) as polio,
                                 count(*) filter (where v.product = any(?)) as dtap,
                                 count(*) filter (where v.product = any(?)) as mmr
                          from vaccination_record v where v.resident_id = r.id) c
                        where r.birth_date > ? and r.birth_date <= ? and r.division_code like ?
                        group by 1""")
                .params(
                        length,
                        products("BCG"),
                        products("HEPB"),
                        products("POLIO"),
                        products("DTAP"),
                        products("MMR"),
                        Date.valueOf(today.minusYears(7)),
                        Date.valueOf(today.minusYears(1)),
                        prefix)
                .query(rs -> {
                    var f = figures.computeIfAbsent(rs.getString(1), k -> new long[10]);
                    for (int i = 0; i < 6; i++) {
                        f[i] = rs.getLong(i + 2);
                    }
                });
        var seasonStart = engine.rules().influenza().seasonStartOf(today);
        jdbc.sql(
                        """
                        select substr(r.division_code, 1, ?), count(*),
                          count(*) filter (where exists (select 1 from vaccination_record v where v.resident_id = r.id
                                and v.product = any(?) and v.given_on >= ?))
                        from residents_resident r where r.birth_date <= ? and r.division_code like ? group by 1""")
                .params(
                        length,
                        products("FLU"),
                        Date.valueOf(seasonStart),
                        Date.valueOf(LocalDate.of(today.getYear() - 60, 12, 31)),
                        prefix)
                .query(rs -> {
                    var f = figures.computeIfAbsent(rs.getString(1), k -> new long[10]);
                    f[6] = rs.getLong(2);
                    f[7] = rs.getLong(3);
                });
        jdbc.sql(
                        """
                        select substr(r.division_code, 1, ?), count(*),
                          count(*) filter (where exists (select 1 from vaccination_record v where v.resident_id = r.id
                                and v.product = any(?)))
                        from residents_resident r where r.sex = '2' and r.birth_date >= ? and r.birth_date <= ?
                          and r.division_code like ? group by 1""")
                .params(
                        length,
                        products("HPV"),
                        Date.valueOf(LocalDate.of(2011, 11, 10)),
                        Date.valueOf(today.minusYears(13)),
                        prefix)
                .query(rs -> {
                    var f = figures.computeIfAbsent(rs.getString(1), k -> new long[10]);
                    f[8] = rs.getLong(2);
                    f[9] = rs.getLong(3);
                });
        var rows = new ArrayList<Row>();
        for (var area : areas) {
            var f = figures.getOrDefault(
                    area.code().substring(0, Math.min(length, area.code().length())), new long[10]);
            rows.add(new Row(area.code(), area.name(), f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]));
        }
        return rows;
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

    private String[] products(String series) {
        return engine.rules().vaccines().values().stream()
                .filter(v -> v.series().contains(series))
                .map(Vaccine::code)
                .toArray(String[]::new);
    }
}
