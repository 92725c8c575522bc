package org.regionalhealth.surveillance.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.surveillance.detection.CaseRecord;
import org.regionalhealth.surveillance.detection.CountWindowDetector;
import org.regionalhealth.surveillance.detection.CountWindowRule;
import org.regionalhealth.surveillance.detection.CountWindowRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the count-window rule table over the person-level events on ingest (school checks, case reports): for the
 * days a new record touches, every rule in force that counts one of its categories is evaluated in the record's towns
 * (county-level rules district-wide), and each unit-day at or above the threshold becomes a trigger. Runs in the
 * ingest transaction, so the signal exists when the nurse's page returns.
 */
@Service
public class RuleEngine {

    /** Key of the county (district) unit for county-level rules. */
    static final String COUNTY = "330109";

    private final JdbcClient jdbc;
    private final Signals signals;
    private final Organizations organizations;
    private final List<CountWindowRule> rules = CountWindowRules.bundled();

    RuleEngine(JdbcClient jdbc, Signals signals, Organizations organizations) {
        this.jdbc = jdbc;
        this.signals = signals;
        this.organizations = organizations;
    }

    public List<CountWindowRule> rules() {
        return rules;
    }

    /** One event row as the rules see it. */
    private record Event(
            String personKey,
            @Nullable String personName,
            String category,
            @Nullable String status,
            LocalDate date,
            @Nullable String classKey,
            @Nullable String classLabel,
            @Nullable Long schoolId,
            @Nullable String villageCode,
            String townCode,
            String unitPath,
            String channel) {}

    /** Where a unit key points: label, owning path and town. */
    private record UnitInfo(String label, String path, String town, String channel) {}

    /**
     * Evaluates every rule touching {@code categories} for the days {@code from..to} in {@code towns}, counting only
     * the touched categories, and raises the unit-days the new persons ({@code newPersons}) are part of — so a new
     * record never re-raises another unit's or another category's earlier cluster. Returns the signals raised or fed.
     */
    @Transactional
    public Set<Long> evaluate(
            Collection<String> categories,
            Collection<String> towns,
            Set<String> newPersons,
            LocalDate from,
            LocalDate to,
            Instant now,
            boolean simulated) {
        Set<Long> raised = new HashSet<>();
        if (categories.isEmpty() || towns.isEmpty()) {
            return raised;
        }
        Map<Long, String> schoolNames = new HashMap<>();
        for (CountWindowRule rule : rules) {
            if (rule.caseFilter().categories().stream().noneMatch(categories::contains)) {
                continue;
            }
            boolean county = rule.unitLevel() == CountWindowRule.UnitLevel.COUNTY;
            String sql =
                    """
                    select person_key, person_name, category, status, event_date, class_key, class_label, school_id,
                        village_code, town_code, unit_path, channel
                    from surveillance_case_event
                    where category in (:categories) and event_date between :from and :to"""
                            + (county ? "" : " and town_code in (:towns)");
            var spec = jdbc.sql(sql)
                    .param(
                            "categories",
                            rule.caseFilter().categories().stream()
                                    .filter(categories::contains)
                                    .toList())
                    .param("from", from.minusDays(rule.windowDays() - 1))
                    .param("to", to);
            if (!county) {
                spec = spec.param("towns", List.copyOf(towns));
            }
            List<Event> events = spec.query((rs, n) -> new Event(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getObject(5, LocalDate.class),
                            rs.getString(6),
                            rs.getString(7),
                            (Long) rs.getObject(8),
                            rs.getString(9),
                            rs.getString(10),
                            rs.getString(11),
                            rs.getString(12)))
                    .list();
            Map<String, UnitInfo> units = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            Map<String, String> categoryOf = new HashMap<>();
            List<CaseRecord> records = new ArrayList<>();
            for (Event e : events) {
                if (!rule.caseFilter().acceptsStatus(e.status())) {
                    continue;
                }
                String unitKey = unitKey(rule.unitLevel(), e);
                if (unitKey == null) {
                    continue;
                }
                units.computeIfAbsent(unitKey, k -> info(rule.unitLevel(), e, schoolNames));
                if (e.personName() != null) {
                    names.put(e.personKey(), e.personName());
                }
                categoryOf.putIfAbsent(e.personKey(), e.category());
                records.add(new CaseRecord(e.personKey(), unitKey, e.date(), e.category()));
            }
            for (CountWindowDetector.UnitDay day : new CountWindowDetector(rule).evaluate(records)) {
                if (!day.alarm()
                        || day.date().isBefore(from)
                        || day.date().isAfter(to)
                        || !rule.inForceOn(day.date())) {
                    continue;
                }
                if (day.persons().stream().noneMatch(newPersons::contains)) {
                    continue;
                }
                UnitInfo unit = units.get(day.unitId());
                String category = day.category() != null
                        ? day.category()
                        : categoryOf.get(day.persons().get(0));
                List<String> persons = day.persons().stream()
                        .map(names::get)
                        .filter(java.util.Objects::nonNull)
                        .sorted()
                        .toList();
                raised.add(signals.raise(
                        new Trigger(
                                unit.channel(),
                                "rule",
                                rule.id(),
                                rule.name(),
                                rule.tier(),
                                day.unitId(),
                                unit.label(),
                                unit.path(),
                                unit.town(),
                                category,
                                day.date(),
                                day.count(),
                                null,
                                rule.threshold(),
                                null,
                                persons,
                                rule.source().document(),
                                rule.slaHours()),
                        now,
                        simulated));
            }
        }
        return raised;
    }

    private static @Nullable String unitKey(CountWindowRule.UnitLevel level, Event e) {
        return switch (level) {
            case CLASS, DORMITORY -> e.classKey();
            case GRADE ->
                e.classKey() == null
                        ? null
                        : e.classKey().substring(0, e.classKey().lastIndexOf('/'));
            case SCHOOL, CAMPUS, KINDERGARTEN -> e.schoolId() == null ? null : "school:" + e.schoolId();
            case VILLAGE, FAMILY -> e.villageCode();
            case TOWNSHIP -> e.townCode();
            case COUNTY -> COUNTY;
        };
    }

    private UnitInfo info(CountWindowRule.UnitLevel level, Event e, Map<Long, String> schoolNames) {
        String schoolName = e.schoolId() == null
                ? null
                : schoolNames.computeIfAbsent(
                        e.schoolId(),
                        id -> organizations.find(id).map(Unit::name).orElse("学校 " + id));
        String label =
                switch (level) {
                    case CLASS, DORMITORY -> e.classLabel();
                    case GRADE ->
                        e.classLabel() == null ? schoolName : e.classLabel().replaceAll("\\d+班$", "");
                    case SCHOOL, CAMPUS, KINDERGARTEN -> schoolName;
                    case VILLAGE, FAMILY -> division(e.villageCode());
                    case TOWNSHIP -> division(e.townCode());
                    case COUNTY -> "萧山区";
                };
        String path =
                level == CountWindowRule.UnitLevel.COUNTY ? organizations.root().path() : e.unitPath();
        return new UnitInfo(label == null ? "—" : label, path, e.townCode(), e.channel());
    }

    private String division(@Nullable String code) {
        return code == null
                ? "—"
                : organizations.division(code).map(Division::name).orElse(code);
    }
}
