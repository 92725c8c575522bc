package org.regionalhealth.familydoctor;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
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
import org.regionalhealth.familydoctor.indicators.IndicatorCalculation;
import org.regionalhealth.familydoctor.worklist.WorkItem;
import org.regionalhealth.familydoctor.worklist.Worklist;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.DataScope;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Family-doctor figures at full scale (2,000,000 residents, about 784,000 contracts, 237,000 chronic patients with
 * three years of follow-ups): a station's worklist, the recomputation of every district indicator, and the district
 * indicator page over HTTP. The first run generates the district into {@code target/bench-pg} (log lines "Demo
 * district ready" and "Family-doctor demo ready … in N s"); later runs reuse it.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=FamilyDoctorBenchmark} (docs/benchmarks.md).
 */
@Fork(
        value = 1,
        jvmArgs = {"-Xmx6g"})
@State(Scope.Benchmark)
public class FamilyDoctorBenchmark {

    private Clock clock;

    ConfigurableApplicationContext context;
    Worklist worklist;
    IndicatorCalculation indicators;
    List<Object[]> stations;
    CurrentUser villageDoctor;
    HttpClient http;
    String base;

    @Setup(Level.Trial)
    public void startPlatformWithFullDistrict() throws Exception {
        context = new SpringApplication(RegionalHealthApplication.class)
                .run(
                        "--spring.profiles.active=demo",
                        "--rhp.demo.scale=full",
                        "--rhp.platform.embedded-database.data-directory=target/bench-pg",
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--logging.level.org.regionalhealth.demo=INFO",
                        "--logging.level.org.regionalhealth.familydoctor=INFO");
        worklist = context.getBean(Worklist.class);
        clock = context.getBean(Clock.class);
        indicators = context.getBean(IndicatorCalculation.class);
        var jdbc = context.getBean(JdbcClient.class);
        stations = jdbc.sql("select distinct unit_id, unit_path from familydoctor_chronic_patient")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .list();
        var account = context.getBean(UserDetailsService.class).loadUserByUsername("village-doctor");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        villageDoctor = context.getBean(CurrentUsers.class).require();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        base = "http://127.0.0.1:" + port;
        http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        login("admin", "Demo@2026");
    }

    private void login(String username, String password) throws Exception {
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + m.group(1);
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** One station's five lists, as the village doctor opens them: a station drawn at random for each call. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    public Map<String, List<WorkItem>> stationWorklist() {
        var s = stations.get(ThreadLocalRandom.current().nextInt(stations.size()));
        long unit = (Long) s[0];
        var scope = new DataScope(unit, (String) s[1], Optional.empty());
        var user = new CurrentUser(
                villageDoctor.username(),
                villageDoctor.displayName(),
                villageDoctor.role(),
                unit,
                scope,
                villageDoctor.channel());
        return worklist.forDay(LocalDate.now(clock), user);
    }

    /** Re-derives the key groups and recomputes every indicator, every period (R12 + 8 quarters), the whole district. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Duration recomputeAllIndicators() {
        return indicators.recomputeAll(LocalDate.now(clock));
    }

    /** The nightly job: key groups re-derived, the open periods (R12, current quarter) recomputed for the district. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Duration recomputeCurrentIndicators() {
        return indicators.recomputeCurrent(LocalDate.now(clock));
    }

    /** The district indicator page over HTTP as the district administrator sees it (HTML rendered, 200). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    public int districtIndicatorPage() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/familydoctor/indicators"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("total-HTN_CONTROL")) {
            throw new IllegalStateException("indicator page failed: " + response.statusCode());
        }
        return response.body().length();
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }
}
