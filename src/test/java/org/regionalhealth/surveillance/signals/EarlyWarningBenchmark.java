package org.regionalhealth.surveillance.signals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.regionalhealth.RegionalHealthApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The early-warning targets of issue 6 on the demo district (463 schools, 301 clinics and stations, 420 pharmacies,
 * 60 nursing homes) in one process on the real database:
 * <ul>
 *   <li>{@code dailyRun}: the daily statistical run over every aggregated series — 463 schools × 14 (13 symptom groups
 *       and sick absence), 301 institutions × 5 syndromes, 420 pharmacies × 3 classes, 60 nursing homes × 5, 32 labs
 *       × 4 pathogens: 9,675 series of 61 days — load, ESSENCE EWMA, fusion of the alarms into signals (target
 *       &lt; 10 s);
 *   <li>{@code ingestBatch}: 5,000 daily counts per request through {@code POST /api/surveillance/counts} over
 *       loopback HTTP with Basic authentication, validation and upsert (target ≥ 5,000 records/s = 1 batch/s).
 * </ul>
 * Run: {@code flock /tmp/mvn.lock ./mvnw -B -o -Pbench test-compile exec:exec -Dbench=EarlyWarningBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx4g"})
@State(Scope.Benchmark)
public class EarlyWarningBenchmark {

    private Clock clock;

    static final int BATCH = 5_000;

    ConfigurableApplicationContext context;
    DailyDetection detection;
    HttpClient http;
    String base;
    String authorization;
    final List<String> batches = new ArrayList<>();
    int next;
    LocalDate today;

    @Setup(Level.Trial)
    public void startPlatformAndFillSeries() {
        context = new SpringApplication(RegionalHealthApplication.class)
                .run(
                        "--spring.profiles.active=demo",
                        "--rhp.platform.embedded-database.data-directory=target/bench-surveillance-pg",
                        "--rhp.surveillance.simulation.enabled=false",
                        "--server.port=0",
                        "--logging.level.root=WARN");
        detection = context.getBean(DailyDetection.class);
        clock = context.getBean(Clock.class);
        today = LocalDate.now(clock);
        var jdbc = context.getBean(JdbcClient.class);
        record U(long id, String code, String path, String division, String type) {}
        List<U> units = jdbc.sql(
                        """
                        select id, code, path, division_code, type from org_unit
                        where type in ('SCHOOL', 'HOSPITAL', 'HEALTH_CENTRE', 'STATION', 'PHARMACY', 'NURSING_HOME')
                        order by id""")
                .query((rs, n) ->
                        new U(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        List<Object[]> rows = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        List<String> loadable = new ArrayList<>();
        for (U u : units) {
            String[][] plan =
                    switch (u.type()) {
                        case "SCHOOL" ->
                            new String[][] {
                                {"school"},
                                {
                                    "absence",
                                    "fever",
                                    "cough",
                                    "sore_throat",
                                    "headache",
                                    "vomiting",
                                    "diarrhoea",
                                    "abdominal_pain",
                                    "rash",
                                    "parotid_swelling",
                                    "conjunctivitis",
                                    "dizziness",
                                    "fatigue",
                                    "jaundice"
                                }
                            };
                        case "PHARMACY" ->
                            new String[][] {{"pharmacy"}, {"antipyretic", "cough_medicine", "antidiarrhoeal"}};
                        case "NURSING_HOME" ->
                            new String[][] {{"nursing_home"}, {"ili", "fever", "diarrhoea", "rash", "conjunctivitis"}};
                        default -> new String[][] {{"visits"}, {"ili", "fever", "diarrhoea", "rash", "conjunctivitis"}};
                    };
            for (String category : plan[1]) {
                for (int back = 60; back >= 0; back--) {
                    rows.add(new Object[] {
                        plan[0][0],
                        u.id(),
                        u.path(),
                        u.division().substring(0, 9),
                        category,
                        Date.valueOf(today.minusDays(back)),
                        2 + random.nextInt(6)
                    });
                }
            }
            if (u.type().equals("HOSPITAL") || u.type().equals("HEALTH_CENTRE")) {
                for (String pathogen : List.of("influenza", "norovirus", "hfmd", "dengue")) {
                    for (int back = 60; back >= 0; back--) {
                        rows.add(new Object[] {
                            "lab",
                            u.id(),
                            u.path(),
                            u.division().substring(0, 9),
                            pathogen,
                            Date.valueOf(today.minusDays(back)),
                            1 + random.nextInt(4)
                        });
                    }
                }
            }
            if (u.type().equals("PHARMACY")
                    || u.type().equals("HOSPITAL")
                    || u.type().equals("STATION")) {
                loadable.add(u.code() + "|" + (u.type().equals("PHARMACY") ? "pharmacy" : "visits"));
            }
        }
        var template = context.getBean(JdbcTemplate.class);
        template.update("delete from surveillance_daily_count");
        template.batchUpdate(
                """
                insert into surveillance_daily_count (channel, unit_id, unit_path, town_code, category, day, count)
                values (?, ?, ?, ?, ?, ?, ?)""",
                rows);
        System.out.printf("series: %d (%d rows)%n", rows.size() / 61, rows.size());
        // the ingest batches: 5,000 counts each over real units, days before the detection window
        for (int b = 0; b < 40; b++) {
            StringBuilder json = new StringBuilder("{\"rows\": [");
            for (int i = 0; i < BATCH; i++) {
                String[] unit = loadable.get(random.nextInt(loadable.size())).split("\\|");
                String category = unit[1].equals("pharmacy") ? "antipyretic" : "ili";
                json.append(i == 0 ? "" : ",")
                        .append("{\"channel\":\"")
                        .append(unit[1])
                        .append("\",\"unitCode\":\"")
                        .append(unit[0])
                        .append("\",\"day\":\"")
                        .append(today.minusDays(100 + random.nextInt(700)))
                        .append("\",\"category\":\"")
                        .append(category)
                        .append("\",\"count\":")
                        .append(random.nextInt(50))
                        .append('}');
            }
            batches.add(json.append("]}").toString());
        }
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        base = "http://127.0.0.1:" + port;
        http = HttpClient.newHttpClient();
        authorization =
                "Basic " + Base64.getEncoder().encodeToString("admin:Demo@2026".getBytes(StandardCharsets.UTF_8));
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public DailyDetection.Run dailyRun() {
        DailyDetection.Run run = detection.run(today, Instant.now(clock), false);
        System.out.printf("%n  %s%n", run);
        return run;
    }

    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 20)
    public int ingestBatch() throws Exception {
        String body = batches.get(next++ % batches.size());
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/surveillance/counts"))
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body().length();
    }
}
