package org.regionalhealth.surveillance.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grading table of research §8.7, one case per line, with the corroboration window's edge. */
class FusionTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private final Fusion fusion = new Fusion(2, 3);

    private static Fusion.State rule(String channel, String tier, int daysBefore) {
        return new Fusion.State(channel, true, tier, DAY.minusDays(daysBefore));
    }

    private static Fusion.State stat(String channel, String level, int daysBefore) {
        return new Fusion.State(channel, false, level, DAY.minusDays(daysBefore));
    }

    private Grade grade(Fusion.State... states) {
        return fusion.grade(List.of(states)).grade();
    }

    @Test
    void singleCaseAndOutbreakRulesAreRed() {
        assertThat(grade(rule("case_report", "single-case", 0))).isEqualTo(Grade.RED);
        assertThat(grade(rule("school", "outbreak", 0))).isEqualTo(Grade.RED);
    }

    @Test
    void aClusterOrReportRuleAloneIsOrange() {
        assertThat(grade(rule("school", "cluster", 0))).isEqualTo(Grade.ORANGE);
        assertThat(grade(rule("school", "report", 0), rule("school", "report", 1)))
                .isEqualTo(Grade.ORANGE);
    }

    @Test
    void twoChannelsRedWithinThreeDaysAreRedButNotThreeDaysApart() {
        assertThat(grade(rule("school", "report", 0), stat("pharmacy", "red", 2)))
                .isEqualTo(Grade.RED);
        assertThat(grade(stat("visits", "red", 0), stat("pharmacy", "red", 2))).isEqualTo(Grade.RED);
        // three days apart they do not corroborate: each is a single statistical red
        assertThat(grade(stat("visits", "red", 0), stat("pharmacy", "red", 3))).isEqualTo(Grade.YELLOW);
    }

    @Test
    void aStatisticalRedIsYellowAloneAndOrangeWithAYellowElsewhere() {
        assertThat(grade(stat("visits", "red", 0))).isEqualTo(Grade.YELLOW);
        assertThat(grade(stat("visits", "red", 0), stat("visits", "yellow", 1))).isEqualTo(Grade.YELLOW);
        assertThat(grade(stat("visits", "red", 0), stat("pharmacy", "yellow", 1)))
                .isEqualTo(Grade.ORANGE);
    }

    @Test
    void yellowsAreYellowFromTwoChannelsAndBlueFromOne() {
        assertThat(grade(stat("visits", "yellow", 0), stat("pharmacy", "yellow", 0)))
                .isEqualTo(Grade.YELLOW);
        assertThat(grade(stat("visits", "yellow", 0))).isEqualTo(Grade.BLUE);
        assertThat(grade(stat("visits", "yellow", 0), stat("visits", "yellow", 2)))
                .isEqualTo(Grade.BLUE);
    }
}
