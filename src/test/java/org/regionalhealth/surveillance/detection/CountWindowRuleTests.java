package org.regionalhealth.surveillance.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Count-window rules as data: the bundled table, distinct-person counting, window edges and the threshold. */
class CountWindowRuleTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static CountWindowRule rule(String id) {
        return CountWindowRules.bundled().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static CaseRecord fever(String person, String unit, int day) {
        return new CaseRecord(person, unit, MONDAY.plusDays(day), "fever");
    }

    private static CountWindowDetector.UnitDay on(List<CountWindowDetector.UnitDay> days, String unit, int day) {
        return days.stream()
                .filter(d -> d.unitId().equals(unit) && d.date().equals(MONDAY.plusDays(day)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theBundledTableHoldsThe2006SchoolRuleWithItsSource() {
        CountWindowRule r = rule("school-2006-class-3d");
        assertThat(r.unitLevel()).isEqualTo(CountWindowRule.UnitLevel.CLASS);
        assertThat(r.windowDays()).isEqualTo(3);
        assertThat(r.threshold()).isEqualTo(5);
        assertThat(r.caseFilter().perCategory()).isTrue();
        assertThat(r.caseFilter().categories()).contains("fever", "rash", "diarrhoea", "vomiting", "jaundice");
        assertThat(r.source().document()).contains("学校和托幼机构传染病疫情报告工作规范");
        assertThat(r.source().text()).contains("“5例以上”").contains("within 3 consecutive days");
        assertThat(rule("school-2006-class-1d").threshold()).isEqualTo(3);
        assertThat(CountWindowRules.bundled()).extracting(CountWindowRule::id).doesNotHaveDuplicates();
    }

    @Test
    void fourDistinctPersonsInThreeDaysIsJustBelowTheThreshold() {
        var days = new CountWindowDetector(rule("school-2006-class-3d"))
                .evaluate(List.of(
                        fever("a", "3-2", 0), fever("b", "3-2", 0), fever("c", "3-2", 1), fever("d", "3-2", 2)));
        var wednesday = on(days, "3-2", 2);
        assertThat(wednesday.count()).isEqualTo(4);
        assertThat(wednesday.threshold()).isEqualTo(5);
        assertThat(wednesday.alarm()).isFalse();
        assertThat(days).noneMatch(CountWindowDetector.UnitDay::alarm);
    }

    @Test
    void fiveDistinctPersonsInThreeDaysReachTheThresholdAndNameThePersons() {
        var days = new CountWindowDetector(rule("school-2006-class-3d"))
                .evaluate(List.of(
                        fever("a", "3-2", 0),
                        fever("b", "3-2", 0),
                        fever("c", "3-2", 1),
                        fever("d", "3-2", 2),
                        fever("e", "3-2", 2),
                        fever("x", "3-3", 2)));
        var wednesday = on(days, "3-2", 2);
        assertThat(wednesday.count()).isEqualTo(5);
        assertThat(wednesday.alarm()).isTrue();
        assertThat(wednesday.category()).isEqualTo("fever");
        assertThat(wednesday.persons()).containsExactly("a", "b", "c", "d", "e");
        // Thursday: Monday's two persons have left the 3-day window
        assertThat(on(days, "3-2", 3).count()).isEqualTo(3);
        assertThat(on(days, "3-2", 3).persons()).containsExactly("c", "d", "e");
        // another class is counted on its own
        assertThat(on(days, "3-3", 2).alarm()).isFalse();
    }

    @Test
    void aPersonWithTwoRecordsIsCountedOnce() {
        var days = new CountWindowDetector(rule("school-2006-class-3d"))
                .evaluate(List.of(
                        fever("a", "3-2", 0),
                        fever("a", "3-2", 1), // morning check, then sick absence the next day
                        fever("b", "3-2", 1),
                        fever("c", "3-2", 2),
                        fever("d", "3-2", 2)));
        var wednesday = on(days, "3-2", 2);
        assertThat(wednesday.count()).isEqualTo(4);
        assertThat(wednesday.alarm()).isFalse();
        // on Thursday a's Monday record left the window but the Tuesday record keeps a in it
        assertThat(on(days, "3-2", 3).persons()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void fiveCasesSpreadOverFourDaysOrOverTwoSyndromesDoNotAlarm() {
        var spread = new CountWindowDetector(rule("school-2006-class-3d"))
                .evaluate(List.of(
                        fever("a", "3-2", 0),
                        fever("b", "3-2", 0),
                        fever("c", "3-2", 1),
                        fever("d", "3-2", 3),
                        fever("e", "3-2", 3)));
        assertThat(spread).noneMatch(CountWindowDetector.UnitDay::alarm);

        List<CaseRecord> mixed = new ArrayList<>();
        for (String p : List.of("a", "b", "c")) {
            mixed.add(fever(p, "3-2", 0));
        }
        mixed.add(new CaseRecord("d", "3-2", MONDAY, "rash"));
        mixed.add(new CaseRecord("e", "3-2", MONDAY, "rash"));
        mixed.add(new CaseRecord("f", "3-2", MONDAY, "cough")); // not a syndrome of the rule
        assertThat(new CountWindowDetector(rule("school-2006-class-3d")).evaluate(mixed))
                .noneMatch(CountWindowDetector.UnitDay::alarm)
                .extracting(CountWindowDetector.UnitDay::category)
                .containsOnly("fever", "rash");
    }

    @Test
    void aBadRuleTableFailsNamingTheRuleAndField() {
        String yaml =
                """
                rules:
                  - id: broken
                    name: x
                    unitLevel: CLASS
                    windowDays: 3
                    threshold: 0
                    caseFilter: {categories: [fever], perCategory: true}
                    tier: cluster
                    slaHours: 24
                    effectiveFrom: 2026-01-01
                    source: {document: d, section: s, text: t}
                """;
        assertThatThrownBy(() -> CountWindowRules.parse(new StringReader(yaml), "test.yaml"))
                .hasMessageContaining("broken")
                .hasMessageContaining("threshold");
        assertThatThrownBy(() -> CountWindowRules.parse(
                        new StringReader(
                                yaml.replace("threshold: 0", "threshold: 2").replace("text: t", "")),
                        "test.yaml"))
                .hasMessageContaining("broken")
                .hasMessageContaining("text");
    }
}
