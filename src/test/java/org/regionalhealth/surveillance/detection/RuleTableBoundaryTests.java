package org.regionalhealth.surveillance.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry of the bundled rule table, for every category it counts: K - 1 distinct persons inside the window do
 * not fire, K do, and K whose earliest person lies one day before the window do not. A new rule is tested the day
 * it is added to the YAML; a changed threshold or window changes what these cases assert.
 */
class RuleTableBoundaryTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    static Stream<Arguments> entries() {
        List<Arguments> out = new ArrayList<>();
        for (CountWindowRule rule : CountWindowRules.bundled()) {
            for (String category :
                    rule.caseFilter().categories().stream().sorted().toList()) {
                out.add(Arguments.of(rule.id(), category));
            }
        }
        return out.stream();
    }

    private static CountWindowRule rule(String id) {
        return CountWindowRules.bundled().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** n persons: the first on the window's first day (or {@code earliestOffset} days earlier), the rest on DAY. */
    private static List<CaseRecord> persons(CountWindowRule rule, String category, int n, int earliestOffset) {
        List<CaseRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate date = i == 0 ? DAY.minusDays(rule.windowDays() - 1 + earliestOffset) : DAY;
            records.add(new CaseRecord("p" + i, "unit-1", date, category));
        }
        return records;
    }

    private static boolean alarmOnDay(CountWindowRule rule, List<CaseRecord> records) {
        return new CountWindowDetector(rule)
                .evaluate(records).stream()
                        .filter(d -> d.date().equals(DAY))
                        .anyMatch(CountWindowDetector.UnitDay::alarm);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("entries")
    void justBelowTheThresholdIsQuietAndAtTheThresholdFires(String id, String category) {
        CountWindowRule rule = rule(id);
        int k = rule.threshold();
        assertThat(alarmOnDay(rule, persons(rule, category, k - 1, 0)))
                .as("%s: %d persons in %d days", id, k - 1, rule.windowDays())
                .isFalse();
        assertThat(alarmOnDay(rule, persons(rule, category, k, 0)))
                .as("%s: %d persons in %d days", id, k, rule.windowDays())
                .isTrue();
        if (k > 1) {
            assertThat(alarmOnDay(rule, persons(rule, category, k, 1)))
                    .as("%s: the K-th person one day before the window", id)
                    .isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyEntryIsVersionedCitedAndClocked(String id, String category) {
        CountWindowRule rule = rule(id);
        assertThat(rule.source().document()).isNotBlank();
        assertThat(rule.source().text()).isNotBlank();
        assertThat(rule.effectiveFrom()).isBefore(DAY);
        assertThat(rule.inForceOn(rule.effectiveFrom())).isTrue();
        assertThat(rule.inForceOn(rule.effectiveFrom().minusDays(1))).isFalse();
        assertThat(rule.slaHours())
                .isEqualTo(rule.tier().equals("single-case") || rule.tier().equals("outbreak") ? 2 : 24);
    }
}
