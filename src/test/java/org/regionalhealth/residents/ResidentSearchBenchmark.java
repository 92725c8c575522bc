package org.regionalhealth.residents;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Resident search latency over the full-scale demo district (2,000,000 residents), in process and through the real
 * service: scope filter, audit row and all. The first run generates the district into {@code target/bench-pg} (its
 * load time is logged as "Demo district ready: … in N s"); later runs reuse it.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=ResidentSearchBenchmark} (docs/benchmarks.md).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx4g"})
@State(Scope.Benchmark)
public class ResidentSearchBenchmark {

    ConfigurableApplicationContext context;
    ResidentIndex residents;
    List<String> names;
    List<String> initials;
    List<String> idNumbers;

    @Setup(Level.Trial)
    public void startPlatformWithFullDistrict() {
        context = new SpringApplication(RegionalHealthApplication.class)
                .run(
                        "--spring.profiles.active=demo",
                        "--rhp.demo.scale=full",
                        "--rhp.platform.embedded-database.data-directory=target/bench-pg",
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--logging.level.org.regionalhealth.demo=INFO");
        residents = context.getBean(ResidentIndex.class);
        var jdbc = context.getBean(JdbcClient.class);
        // real values from the table, drawn uniformly: full names, two-letter initials prefixes and ID numbers
        names = jdbc.sql("select name from residents_resident tablesample system (0.1) limit 1000")
                .query(String.class)
                .list();
        initials = jdbc.sql(
                        "select substr(name_initials, 1, 2) from residents_resident tablesample system (0.1) limit 1000")
                .query(String.class)
                .list();
        idNumbers = jdbc.sql("select id_number from residents_resident tablesample system (0.1) limit 1000")
                .query(String.class)
                .list();
    }

    /** Each benchmark thread acts as a logged-in user, as a request would. */
    @State(Scope.Thread)
    public static class DistrictAdmin {
        CurrentUser user;

        @Setup(Level.Trial)
        public void login(ResidentSearchBenchmark platform) {
            user = loginAs(platform.context, "admin");
        }
    }

    @State(Scope.Thread)
    public static class VillageDoctor {
        CurrentUser user;

        @Setup(Level.Trial)
        public void login(ResidentSearchBenchmark platform) {
            user = loginAs(platform.context, "village-doctor");
        }
    }

    static CurrentUser loginAs(ConfigurableApplicationContext context, String username) {
        var account = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        return context.getBean(CurrentUsers.class).require();
    }

    @Benchmark
    public List<Resident> districtByChineseName(DistrictAdmin admin) {
        return residents.search(pick(names), admin.user, 20, "benchmark");
    }

    @Benchmark
    public List<Resident> districtByInitials(DistrictAdmin admin) {
        return residents.search(pick(initials), admin.user, 20, "benchmark");
    }

    @Benchmark
    public List<Resident> districtByIdNumber(DistrictAdmin admin) {
        return residents.search(pick(idNumbers), admin.user, 20, "benchmark");
    }

    @Benchmark
    public List<Resident> stationByInitials(VillageDoctor doctor) {
        return residents.search(pick(initials), doctor.user, 20, "benchmark");
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    private static String pick(List<String> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}
