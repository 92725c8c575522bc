package org.regionalhealth.surveillance.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CIDARS MPM on case reports with the per-disease presets: scarlet fever (P90) with one case a week for four years
 * fires on five cases in the last seven days but not on one; rubella with a single year of history is not evaluated.
 */
@PlatformIntegrationTest
class MovingPercentilePresetIntegrationTests {

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DailyDetection detection;

    private void cases(String disease, LocalDate day, int n, String tag) {
        for (int i = 0; i < n; i++) {
            jdbc.sql(
                            """
                            insert into surveillance_case_event (channel, source_id, person_key, category, status,
                                event_date, town_code, unit_path)
                            values ('case_report', 0, ?, ?, 'clinical', ?, '330109001', '/1/')""")
                    .params("mpm:" + tag + ":" + day + ":" + i, disease, day)
                    .update();
        }
    }

    @Test
    void scarletFeverUsesItsP90PresetAndDiseasesWithoutThreeYearsAreNotEvaluated() {
        LocalDate today = LocalDate.now(clock);
        for (LocalDate d = today.minusYears(4); d.isBefore(today.minusDays(6)); d = d.plusDays(7)) {
            cases("scarlet_fever", d, 1, "sf");
        }
        cases("scarlet_fever", today, 1, "sf");
        assertThat(detection.movingPercentile(today))
                .noneMatch(t -> t.category().equals("scarlet_fever"));

        cases("scarlet_fever", today.minusDays(1), 4, "sf-spike");
        cases("rubella", today.minusDays(300), 1, "ru");
        cases("rubella", today, 9, "ru-spike");
        List<Trigger> triggers = detection.movingPercentile(today);
        assertThat(triggers).noneMatch(t -> t.category().equals("rubella"));
        Trigger scarlet = triggers.stream()
                .filter(t -> t.category().equals("scarlet_fever"))
                .findFirst()
                .orElseThrow();
        assertThat(scarlet.ruleId()).isEqualTo("cidars-mpm-P90");
        assertThat(scarlet.count()).isEqualTo(5);
        assertThat(scarlet.threshold()).isEqualTo(1);
        assertThat(scarlet.source()).contains("P90");
    }
}
