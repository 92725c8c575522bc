package org.regionalhealth.surveillance.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A confirmed outbreak leaves later baselines: a pharmacy sells about 10 boxes of antipyretics a day, 40 a day during
 * a week-long outbreak, then 22. With the outbreak in the baseline, 22 looks ordinary; once the CDC closes the
 * outbreak's signal as an outbreak, the same day's 22 stands out again.
 */
@PlatformIntegrationTest
class BaselineExclusionIntegrationTests {

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DailyDetection detection;

    @Test
    void closingAsOutbreakRemovesTheOutbreakDaysFromLaterBaselines() {
        String pharmacy = jdbc.sql("select code from org_unit where type = 'PHARMACY' order by id desc limit 1")
                .query(String.class)
                .single();
        long pharmacyId = jdbc.sql("select id from org_unit where code = ?")
                .param(pharmacy)
                .query(Long.class)
                .single();
        LocalDate today = LocalDate.now(clock);
        StringBuilder rows = new StringBuilder();
        for (int back = 45; back >= 0; back--) {
            int count = back == 0 ? 22 : back <= 20 && back >= 14 ? 40 : 9 + back % 3;
            rows.append(rows.isEmpty() ? "" : ",")
                    .append(
                            "{\"channel\": \"pharmacy\", \"unitCode\": \"%s\", \"day\": \"%s\", \"category\": \"antipyretic\", \"count\": %d}"
                                    .formatted(pharmacy, today.minusDays(back), count));
        }
        var stored = ApiClient.as(port, "admin").post("/api/surveillance/counts", "{\"rows\": [" + rows + "]}");
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(stored.json().get("imported").asInt()).isEqualTo(46);

        assertThat(alarmed(today, pharmacyId))
                .as("the outbreak inflates the baseline")
                .isFalse();

        // the outbreak is detected on its first day and fused into one signal over its days
        for (int back = 20; back >= 14; back--) {
            detection.run(today.minusDays(back), Instant.now(clock), false);
        }
        long signal = jdbc.sql(
                        "select signal_id from surveillance_signal_trigger where unit_key = ? order by id limit 1")
                .param("unit:" + pharmacyId)
                .query(Long.class)
                .single();
        var cdc = ApiClient.as(port, "cdc");
        assertThat(cdc.post("/api/surveillance/signals/" + signal + "/acknowledge", "{}")
                        .status())
                .isEqualTo(200);
        assertThat(cdc.post("/api/surveillance/signals/" + signal + "/close", "{\"outcome\": \"outbreak\"}")
                        .status())
                .isEqualTo(200);

        assertThat(alarmed(today, pharmacyId))
                .as("without the outbreak days, 22 stands out")
                .isTrue();
    }

    private boolean alarmed(LocalDate day, long unitId) {
        return detection.alarms(day, new int[2]).stream()
                .anyMatch(a -> a.unitId() == unitId && a.category().equals("antipyretic"));
    }
}
