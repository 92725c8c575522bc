package org.regionalhealth.surveillance.detection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a {@link CountWindowRule} over case records: for each unit (and category when the rule counts per
 * category) and each day from its first qualifying record until the window has passed its last one, the number of
 * distinct persons with a record in {@code [day - windowDays + 1, day]}, the threshold, the alarm (count ≥
 * threshold) and the persons behind the count. The alert de-duplication period of §8.1 (no new alert for the same
 * rule and unit within D days) belongs to the signal workflow, not here: every day is reported.
 */
public final class CountWindowDetector {

    /** One unit-day. {@code category} is {@code null} unless the rule counts per category. */
    public record UnitDay(
            String ruleId,
            String unitId,
            @Nullable String category,
            LocalDate date,
            int count,
            int threshold,
            boolean alarm,
            List<String> persons) {}

    private final CountWindowRule rule;

    public CountWindowDetector(CountWindowRule rule) {
        this.rule = rule;
    }

    public List<UnitDay> evaluate(Collection<CaseRecord> records) {
        // group -> day -> persons with a record that day (sorted days, sorted persons)
        Map<List<String>, TreeMap<LocalDate, java.util.TreeSet<String>>> byGroup = new TreeMap<>(
                Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
        for (CaseRecord r : records) {
            if (!rule.caseFilter().accepts(r.category())) {
                continue;
            }
            List<String> key = List.of(r.unitId(), rule.caseFilter().perCategory() ? r.category() : "");
            byGroup.computeIfAbsent(key, k -> new TreeMap<>())
                    .computeIfAbsent(r.date(), d -> new java.util.TreeSet<>())
                    .add(r.personId());
        }
        List<UnitDay> out = new ArrayList<>();
        int n = rule.windowDays();
        byGroup.forEach((key, days) -> {
            // persons in the window -> number of window days they have a record on
            Map<String, Integer> inWindow = new HashMap<>();
            LocalDate first = days.firstKey();
            LocalDate last = days.lastKey().plusDays(n - 1);
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                java.util.TreeSet<String> entering = days.get(day);
                if (entering != null) {
                    entering.forEach(p -> inWindow.merge(p, 1, Integer::sum));
                }
                java.util.TreeSet<String> leaving = days.get(day.minusDays(n));
                if (leaving != null) {
                    leaving.forEach(p -> inWindow.computeIfPresent(p, (x, c) -> c == 1 ? null : c - 1));
                }
                if (inWindow.isEmpty()) {
                    continue;
                }
                List<String> persons = new ArrayList<>(inWindow.keySet());
                persons.sort(null);
                int count = persons.size();
                out.add(new UnitDay(
                        rule.id(),
                        key.get(0),
                        key.get(1).isEmpty() ? null : key.get(1),
                        day,
                        count,
                        rule.threshold(),
                        count >= rule.threshold(),
                        List.copyOf(persons)));
            }
        });
        return out;
    }
}
