package org.regionalhealth.weight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.Role;
import org.regionalhealth.weight.clinic.Clinic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 22's two targets on the shared test context (real embedded PostgreSQL, real HTTP). Not part of verify:
 * {@code ./mvnw -o test -Dtest=WeightBenchmark -Dspotless.check.skip=true}; figures in docs/benchmarks.md and
 * {@code target/weight-benchmark.txt}.
 *
 * <ul>
 *   <li><b>Logging a meal, p99 &lt; 50 ms</b>: the demo resident posts {@code /api/weight/meals} over loopback with a
 *       personal token (what the phone's page does: validation, the insert, the audit row), one request at a time
 *       after a warm-up, into a diary table already holding two million entries.
 *   <li><b>The district dashboard at full enrolment, &lt; 1 s</b>: {@link Clinic#byTown} for the district
 *       administrator over 300,000 plans (15 % of 2,000,000 residents, about the share of overweight adults the
 *       pilot aims to reach), written with one statement per table (the benchmark measures the dashboard, not the
 *       enrolment).
 * </ul>
 *
 * Rows it writes carry resident ids from 9×10⁹ up and are removed at the end.
 */
@PlatformIntegrationTest
class WeightBenchmark {

    static final int PLANS = Integer.getInteger("weight.plans", 300_000);
    static final int MEALS = Integer.getInteger("weight.meals", 2_000_000);
    static final int REQUESTS = Integer.getInteger("weight.requests", 2_000);
    static final long FIRST = 9_000_000_000L;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clinic clinic;

    @Autowired
    Organizations organizations;

    @Test
    void mealLogAndDistrictDashboard() throws IOException {
        try {
            run();
        } finally {
            jdbc.sql("delete from weight_plan where resident_id >= ?")
                    .param(FIRST)
                    .update();
            jdbc.sql("delete from weight_meal where resident_id >= ?")
                    .param(FIRST)
                    .update();
        }
    }

    private void run() throws IOException {
        var root = organizations.root();
        var admin = new CurrentUser(
                "bench",
                "基准测试",
                Role.DISTRICT_ADMIN,
                root.id(),
                new DataScope(root.id(), root.path(), Optional.empty()),
                CurrentUser.Channel.SYSTEM);
        // the district's village and community stations, where enrolled residents are managed
        var stations = organizations
                .search(new UnitQuery(UnitType.STATION, null, null, null), admin.scope(), 0, 1000)
                .items();
        assertThat(stations).isNotEmpty();
        long t0 = System.nanoTime();
        jdbc.sql(
                        """
                        insert into weight_plan (resident_id, unit_path, town_code, sex, birth_date, height_cm,
                            start_weight_kg, latest_weight_kg, activity, kind, bmi, category, target_weight_kg,
                            pace_kg_week, weeks, daily_kcal, deficit_kcal, energy_target_kcal, floor_kcal, notes,
                            enrolled_on, updated_on, week12_weight_kg)
                        select :first + g, s.path, s.town, case when g % 2 = 0 then '1' else '2' end,
                            date '1960-01-01' + (g % 15000), 150 + g % 35, 70 + g % 40, 68 + g % 40, 'LIGHT',
                            'LOSS', 27.5, 'OVERWEIGHT', 65 + g % 35, 0.5, 12, 2000, 500, 1500, 1200, '',
                            current_date - 100, current_date - 1,
                            case when g % 5 = 0 then null else 70 + g % 40 - (g % 7) end
                        from generate_series(1, :plans) g
                        join unnest(cast(:paths as text[]), cast(:towns as text[])) with ordinality as s(path, town, n)
                          on s.n = 1 + g % :stations""")
                .param("first", FIRST)
                .param("plans", PLANS)
                .param("paths", stations.stream().map(u -> u.path()).toArray(String[]::new))
                .param(
                        "towns",
                        stations.stream()
                                .map(u -> u.divisionCode().substring(0, 9))
                                .toArray(String[]::new))
                .param("stations", stations.size())
                .update();
        // two million diary entries of the benchmark's residents: the index the meal insert maintains is not tiny
        jdbc.sql(
                        """
                        insert into weight_meal (resident_id, day, meal, food_code, grams, kcal, protein_g, fat_g,
                            carb_g, created_at)
                        select :first + 1 + g % :plans, current_date - (g % 84), 'LUNCH', 'F003', 100, 250, 8, 5, 40,
                            now()
                        from generate_series(1, :meals) g""")
                .param("first", FIRST)
                .param("plans", PLANS)
                .param("meals", MEALS)
                .update();
        jdbc.sql("analyze weight_plan").update();
        jdbc.sql("analyze weight_meal").update();
        long loaded = System.nanoTime();

        // the meal log over HTTP with a personal token
        String token = ApiClient.as(port, "resident")
                .post("/api/platform/tokens", "{\"name\":\"基准测试\",\"days\":1}")
                .json()
                .path("token")
                .asString();
        var phone = ApiClient.bearer(port, token);
        String body = "{\"meal\":\"BREAKFAST\",\"foodCode\":\"F003\",\"portions\":1}";
        for (int i = 0; i < 200; i++) {
            assertThat(phone.post("/api/weight/meals", body).status()).isEqualTo(201);
        }
        long[] meal = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long s = System.nanoTime();
            var r = phone.post("/api/weight/meals", body);
            meal[i] = System.nanoTime() - s;
            assertThat(r.status()).isEqualTo(201);
        }
        Arrays.sort(meal);

        // the district dashboard for the district administrator
        for (int i = 0; i < 5; i++) {
            clinic.byTown(admin);
        }
        long[] dashboard = new long[20];
        long enrolled = 0;
        for (int i = 0; i < dashboard.length; i++) {
            long s = System.nanoTime();
            var rows = clinic.byTown(admin);
            dashboard[i] = System.nanoTime() - s;
            enrolled = rows.get(rows.size() - 1).enrolled();
        }
        Arrays.sort(dashboard);
        assertThat(enrolled).isGreaterThanOrEqualTo(PLANS);

        String report = String.format(
                "weight benchmark (issue 22)%n"
                        + "  setup: %,d plans and %,d diary entries written in %.1f s (not measured)%n"
                        + "  meal log, POST /api/weight/meals with a personal token, %d sequential requests:"
                        + " p50 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 < 50 ms)%n"
                        + "  district dashboard by town, %,d enrolled: median %.0f ms, max %.0f ms of 20"
                        + " (target < 1 s)%n",
                PLANS,
                MEALS,
                (loaded - t0) / 1e9,
                REQUESTS,
                meal[REQUESTS / 2] / 1e6,
                meal[(int) Math.ceil(REQUESTS * 0.99) - 1] / 1e6,
                meal[REQUESTS - 1] / 1e6,
                enrolled,
                dashboard[dashboard.length / 2] / 1e6,
                dashboard[dashboard.length - 1] / 1e6);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/weight-benchmark.txt"), report);
    }
}
