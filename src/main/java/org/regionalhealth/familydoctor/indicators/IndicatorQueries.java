package org.regionalhealth.familydoctor.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regionalhealth.familydoctor.indicators.IndicatorTable.Ratio;
import org.regionalhealth.familydoctor.indicators.IndicatorTable.Row;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the indicator facts for a unit within the user's scope: district → medical community → centre → station →
 * team (the team's leading family doctor stands for the doctor level).
 */
@Component
public class IndicatorQueries {

    private final JdbcClient jdbc;
    private final Organizations organizations;

    IndicatorQueries(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /** The unit to show: the one asked for if the user's scope covers it, else the scope's own unit. */
    public Unit unitFor(Long unitId, CurrentUser user) {
        long id = unitId == null ? user.scope().unitId() : unitId;
        return organizations
                .find(id)
                .filter(u -> user.scope().covers(u.path()))
                .orElseThrow(() -> PlatformException.notFound("UNIT_NOT_FOUND", "机构不存在或不在您的权限范围内"));
    }

    public IndicatorTable table(Unit unit, String period) {
        var facts = jdbc.sql(
                        """
                        select unit_id, unit_path, team_id, indicator, sum(numerator) as n, sum(denominator) as d
                        from familydoctor_indicator_fact where period = ? and unit_path like ?
                        group by unit_id, unit_path, team_id, indicator
                        """)
                .params(period, unit.path() + "%")
                .query((rs, n) -> new Fact(
                        rs.getLong("unit_id"),
                        rs.getString("unit_path"),
                        rs.getLong("team_id"),
                        rs.getString("indicator"),
                        rs.getLong("n"),
                        rs.getLong("d")))
                .list();
        var total = new HashMap<String, long[]>();
        var byChild = new LinkedHashMap<Long, Map<String, long[]>>();
        boolean leaf = facts.stream().allMatch(f -> f.unitPath().equals(unit.path()));
        for (var f : facts) {
            add(total, f);
            long child;
            if (leaf) {
                child = f.teamId();
            } else {
                String rest = f.unitPath().substring(unit.path().length());
                child = rest.isEmpty() ? unit.id() : Long.parseLong(rest.substring(0, rest.indexOf('/')));
            }
            add(byChild.computeIfAbsent(child, k -> new HashMap<>()), f);
        }
        var rows = new ArrayList<Row>();
        rows.add(new Row("TOTAL", unit.id(), unit.name(), ratios(total)));
        var teamNames = leaf ? teamNames(byChild.keySet()) : Map.<Long, String>of();
        byChild.entrySet().stream()
                .map(e -> leaf
                        ? new Row("TEAM", e.getKey(), teamNames.getOrDefault(e.getKey(), "未签约"), ratios(e.getValue()))
                        : new Row(
                                "UNIT",
                                e.getKey(),
                                e.getKey() == unit.id()
                                        ? unit.name() + "（本级）"
                                        : organizations
                                                .find(e.getKey())
                                                .map(Unit::name)
                                                .orElse("#" + e.getKey()),
                                ratios(e.getValue())))
                .sorted(java.util.Comparator.comparing(Row::name))
                .forEach(rows::add);
        return new IndicatorTable(unit.id(), unit.name(), unit.path(), period, rows);
    }

    /** The quarterly trend of some indicators for the unit: period key → indicator → ratio. */
    public Map<String, Map<String, Ratio>> trend(Unit unit, LocalDate today, List<String> indicators) {
        var result = new LinkedHashMap<String, Map<String, Ratio>>();
        for (var p : Period.quarters(today, 8)) {
            result.put(p.key(), new HashMap<>());
        }
        jdbc.sql(
                        """
                        select period, indicator, sum(numerator) as n, sum(denominator) as d from familydoctor_indicator_fact
                        where period like 'Q%' and unit_path like :scope and indicator in (:codes) group by period, indicator
                        """)
                .param("scope", unit.path() + "%")
                .param("codes", indicators)
                .query((rs, n) -> {
                    var m = result.get(rs.getString("period"));
                    if (m != null) {
                        m.put(rs.getString("indicator"), new Ratio(rs.getLong("n"), rs.getLong("d")));
                    }
                    return null;
                })
                .list();
        return result;
    }

    /** Team names with their leading doctor; a station's patients may be signed with a team of the centre above. */
    private Map<Long, String> teamNames(java.util.Set<Long> ids) {
        var names = new HashMap<Long, String>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, name, leader_name from familydoctor_team where id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2) + "（" + rs.getString(3) + "）"))
                .list();
        return names;
    }

    private static void add(Map<String, long[]> into, Fact f) {
        var v = into.computeIfAbsent(f.indicator(), k -> new long[2]);
        v[0] += f.numerator();
        v[1] += f.denominator();
    }

    private static Map<String, Ratio> ratios(Map<String, long[]> values) {
        var m = new HashMap<String, Ratio>();
        values.forEach((k, v) -> m.put(k, new Ratio(v[0], v[1])));
        return m;
    }

    private record Fact(
            long unitId, String unitPath, long teamId, String indicator, long numerator, long denominator) {}
}
