package org.regionalhealth.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during a channel ingest loses no acknowledged record (docs/security.md). The platform runs as its own JVM
 * on a small demo district; four clients post daily counts through {@code POST /api/surveillance/counts}; the JVM and
 * its PostgreSQL are killed with SIGKILL mid-stream; the platform restarts on the same data directory (crash
 * recovery from the write-ahead log) and every row answered 201 before the kill is there.
 */
class CrashDurabilityTests {

    @TempDir
    Path temp;

    final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        started.forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
        killPostgres();
    }

    @Test
    void everyAcknowledgedRowSurvivesKillMinusNine() throws Exception {
        int httpPort = freePort();
        int dbPort = freePort();
        Process app = start(httpPort, dbPort, "first");
        waitUntilUp(httpPort, app, "first");

        String unitCode = firstHospitalCode(dbPort);
        LocalDate firstDay = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(4);
        Map<LocalDate, Integer> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            Thread client = new Thread(() -> {
                while (true) {
                    int batch = next.getAndIncrement();
                    if (batch >= 140) {
                        return;
                    }
                    List<String> rows = new ArrayList<>();
                    Map<LocalDate, Integer> sent = new java.util.HashMap<>();
                    for (int i = 0; i < 10; i++) {
                        int n = batch * 10 + i;
                        LocalDate day = firstDay.plusDays(n);
                        sent.put(day, n + 1);
                        rows.add(
                                "{\"channel\":\"visits\",\"unitCode\":\"%s\",\"day\":\"%s\",\"category\":\"ili\",\"count\":%d}"
                                        .formatted(unitCode, day, n + 1));
                    }
                    try {
                        var response = http.send(
                                HttpRequest.newBuilder(
                                                URI.create("http://127.0.0.1:" + httpPort + "/api/surveillance/counts"))
                                        .header("Authorization", basic("admin", "Demo@2026"))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(
                                                "{\"rows\":[" + String.join(",", rows) + "]}"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            acknowledged.putAll(sent);
                        }
                    } catch (IOException | InterruptedException killed) {
                        return;
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        // kill in the middle of the stream: some batches acknowledged, others in flight
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledged.size() < 300 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        killPostgres();
        app.descendants().forEach(ProcessHandle::destroyForcibly);
        app.destroyForcibly(); // SIGKILL on Linux
        app.waitFor();
        for (Thread client : clients) {
            client.join(30_000);
        }
        assertThat(acknowledged).as("rows acknowledged before the kill").hasSizeGreaterThanOrEqualTo(300);
        assertThat(next.get())
                .as("the kill came while batches were still being sent")
                .isLessThan(140);

        Process again = start(httpPort, dbPort, "second");
        waitUntilUp(httpPort, again, "second");
        Map<LocalDate, Integer> stored = new java.util.HashMap<>();
        try (var connection = connect(dbPort);
                var statement = connection.prepareStatement(
                        """
                        select c.day, c.count from surveillance_daily_count c join org_unit u on u.id = c.unit_id
                         where u.code = ? and c.channel = 'visits' and c.category = 'ili' and c.day >= ?""")) {
            statement.setString(1, unitCode);
            statement.setObject(2, firstDay);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getObject(1, LocalDate.class), rs.getInt(2));
                }
            }
        }
        assertThat(stored).containsAllEntriesOf(acknowledged);
    }

    private Process start(int httpPort, int dbPort, String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = List.of(
                java,
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "org.regionalhealth.RegionalHealthApplication",
                "--spring.profiles.active=demo",
                "--server.port=" + httpPort,
                "--rhp.platform.embedded-database.data-directory=" + temp.resolve("pg17"),
                "--rhp.platform.embedded-database.port=" + dbPort,
                "--rhp.demo.residents=300",
                "--rhp.surveillance.simulation.days=7",
                "--rhp.surveillance.simulation.schools=2",
                "--rhp.surveillance.simulation.pharmacies=2",
                "--rhp.surveillance.simulation.episodes=1",
                "--rhp.prescription-review.demo-year.prescriptions=50",
                "--rhp.prescription-review.workbench.scheduler-enabled=false",
                "--rhp.familydoctor.recompute-cron=-",
                "--rhp.prescription-review.supervision.rollup-cron=-",
                "--logging.structured.format.file=",
                "--logging.file.name=" + temp.resolve(name + ".log"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve(name + ".out").toFile())
                .start();
        started.add(process);
        return process;
    }

    private void waitUntilUp(int httpPort, Process process, String name) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " start failed:\n" + tail(temp.resolve(name + ".out")));
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + httpPort + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " did not start in time:\n" + tail(temp.resolve(name + ".out")));
    }

    /** The postmaster runs detached from the JVM (pg_ctl starts it): kill it and its backends like a power cut. */
    private void killPostgres() {
        Path pid = temp.resolve("pg17").resolve("postmaster.pid");
        try {
            if (Files.exists(pid)) {
                long postmaster = Long.parseLong(Files.readAllLines(pid).get(0).trim());
                ProcessHandle.of(postmaster).ifPresent(p -> {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                });
            }
        } catch (IOException | RuntimeException gone) {
            // nothing running
        }
    }

    private String firstHospitalCode(int dbPort) throws Exception {
        try (var connection = connect(dbPort);
                var statement = connection.createStatement();
                var rs = statement.executeQuery(
                        "select code from org_unit where type = 'HOSPITAL' order by id limit 1")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private java.sql.Connection connect(int dbPort) throws Exception {
        var properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty(
                "password",
                EmbeddedDatabaseConfiguration.secret(EmbeddedDatabaseConfiguration.secretFile(temp.resolve("pg17"))));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres", properties);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no output)";
        }
    }
}
