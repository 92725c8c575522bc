package org.regionalhealth.surveillance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo year's report against a hand-made truth: sensitivity, PPV and days to detection per channel. */
class SimulationReportTests {

    private static final LocalDate D = LocalDate.of(2026, 3, 2);

    private static SurveillanceDemoSeeder.Episode cluster(String town, String syndrome, int startDay) {
        return new SurveillanceDemoSeeder.Episode(
                "cluster", "school", town, syndrome, "某小学 2年级1班", D.plusDays(startDay), D.plusDays(startDay + 2), 9);
    }

    private static SurveillanceDemoSeeder.Episode outbreak(String town, String syndrome, int startDay) {
        return new SurveillanceDemoSeeder.Episode(
                "outbreak",
                "pharmacy,visits",
                town,
                syndrome,
                "某镇",
                D.plusDays(startDay),
                D.plusDays(startDay + 6),
                80);
    }

    private static SimulationReport.Sig sig(
            String town, Set<String> syndromes, Set<String> channels, int first, int last, String grade) {
        return new SimulationReport.Sig(town, syndromes, channels, D.plusDays(first), D.plusDays(last), grade);
    }

    @Test
    void figuresPerChannelCountEpisodesInjectedThereAndSignalsFedFromThere() {
        var truth = List.of(
                cluster("t1", "rash", 0), // found by a class signal graded respiratory whose trigger is rash
                cluster("t2", "gastrointestinal", 10), // missed
                outbreak("t3", "respiratory", 20)); // found by pharmacy on day 22 and by visits on day 23
        var signals = List.of(
                sig("t1", Set.of("respiratory", "rash"), Set.of("school"), 1, 2, "orange"),
                sig("t3", Set.of("respiratory"), Set.of("pharmacy"), 22, 24, "yellow"),
                sig("t3", Set.of("respiratory"), Set.of("visits"), 23, 25, "blue"),
                sig("t9", Set.of("respiratory"), Set.of("pharmacy"), 5, 5, "yellow"), // false, actionable
                sig("t9", Set.of("respiratory"), Set.of("school"), 5, 5, "blue"), // false, blue
                sig("t3", Set.of("respiratory"), Set.of("visits"), 31, 31, "yellow")); // 4 days after the end: false
        var report = SimulationReport.of(signals, truth, D, D.plusDays(40));

        assertThat(report.detected()).isEqualTo(2);
        assertThat(report.delays()).containsExactly(1L, 2L);
        assertThat(report.actionable()).isEqualTo(4);
        assertThat(report.actionableFalse()).isEqualTo(2);
        assertThat(report.falseAlarms()).isEqualTo(3);

        var school = report.channels().get(0);
        assertThat(school.channel()).isEqualTo("school");
        assertThat(school.episodes()).isEqualTo(2);
        assertThat(school.detected()).isEqualTo(1);
        assertThat(school.actionable()).isEqualTo(1);
        assertThat(school.ppv()).isEqualTo(1.0);
        assertThat(SimulationReport.median(school.delays())).isEqualTo(1.0);

        var pharmacy = report.channels().get(1);
        assertThat(pharmacy.episodes()).isEqualTo(1);
        assertThat(pharmacy.detected()).isEqualTo(1);
        assertThat(pharmacy.actionable()).isEqualTo(2);
        assertThat(pharmacy.ppv()).isEqualTo(0.5);
        assertThat(SimulationReport.median(pharmacy.delays())).isEqualTo(2.0);

        var visits = report.channels().get(2);
        assertThat(visits.detected()).isEqualTo(1);
        assertThat(visits.actionable()).isEqualTo(1);
        assertThat(visits.ppv()).isEqualTo(0.0);
        assertThat(SimulationReport.median(visits.delays())).isEqualTo(3.0);

        assertThat(report.text())
                .contains("注入事件 3 起，检出 2 起（灵敏度 66.7%）")
                .contains("黄色及以上（需处置）信号 4 条，其中误报 2 条，阳性预测值 50.0%（目标 ≥ 25.0%）")
                .contains("学校晨午检：注入 2 起，检出 1 起（灵敏度 50.0%）；黄色及以上信号 1 条，阳性预测值 100.0%；检出时间中位数 1.0 天")
                .contains("药店销售：注入 1 起，检出 1 起（灵敏度 100.0%）；黄色及以上信号 2 条，阳性预测值 50.0%；检出时间中位数 2.0 天")
                .contains("发热/肠道门诊：注入 1 起，检出 1 起（灵敏度 100.0%）；黄色及以上信号 1 条，阳性预测值 0.0%；检出时间中位数 3.0 天");
    }

    @Test
    void aSignalFollowingAnEpisodeWithinThreeDaysMatchesAndOnTheFourthDoesNot() {
        var e = outbreak("t", "respiratory", 0); // ends on day 6
        assertThat(sig("t", Set.of("respiratory"), Set.of("visits"), 9, 9, "yellow")
                        .matches(e))
                .isTrue();
        assertThat(sig("t", Set.of("respiratory"), Set.of("visits"), 10, 10, "yellow")
                        .matches(e))
                .isFalse();
        assertThat(sig("t", Set.of("gastrointestinal"), Set.of("visits"), 3, 3, "yellow")
                        .matches(e))
                .isFalse();
        assertThat(sig("u", Set.of("respiratory"), Set.of("visits"), 3, 3, "yellow")
                        .matches(e))
                .isFalse();
    }
}
