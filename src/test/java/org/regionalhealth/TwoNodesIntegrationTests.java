package org.regionalhealth;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.org.NewUnit;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AccountAdministration;
import org.regionalhealth.platform.NewAccount;
import org.regionalhealth.platform.ReportingDatabase;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.ResidentFixtures;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes on one PostgreSQL (issue 24, docs/scale-out.md): one embedded PostgreSQL started here and used by both
 * application contexts as an external database (by URL), node A seeding the small demo district and node B starting
 * on it. Scenarios alternate between the nodes: a prescription review loop, a school-check cluster, a chronic
 * follow-up; a page session made on A is served by B; every scheduled job runs once per cluster; a knowledge-base
 * reload and a moved unit reach the other node; node B reads supervision from its read replica.
 *
 * <p>Not {@code @PlatformIntegrationTest}: it needs two contexts of its own, so it starts them itself (about a minute
 * each on two cores) and closes them at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIntegrationTests {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    private static final String REPLICA_APP = "rhp-read-replica";

    EmbeddedPostgres postgres;
    Path workDir;
    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;
    int portA;
    int portB;
    final ConcurrentMap<String, Integer> locksTaken = new ConcurrentHashMap<>();

    @BeforeAll
    void startTwoNodesOnOneDatabase() throws Exception {
        workDir = Files.createTempDirectory("rhp-two-nodes");
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(workDir.resolve("pg"))
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "100")
                .setRegisterShutdownHook(false)
                .start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        var common = new HashMap<String, Object>();
        common.put("spring.datasource.url", url);
        common.put("spring.datasource.username", "postgres");
        common.put("server.port", "0");
        // the jobs that run on a fixed delay wait an hour: the test fires every job itself, on both nodes at once
        common.put("rhp.surveillance.clock-check-ms", "3600000");
        common.put("rhp.prescription-review.workbench.sweep-interval", "PT1H");
        common.put("rhp.appointments.no-show-sweep-ms", "3600000");
        common.put("rhp.appointments.no-show-sweep-initial-ms", "3600000");
        // the token-signing key must be one file for the whole cluster (docs/scale-out.md)
        common.put(
                "rhp.platform.oauth.signing-key-file",
                workDir.resolve("oauth-signing.jwk").toString());
        a = node(common, Map.of());
        b = node(
                common,
                Map.of(
                        // the district is there already: node B joins, it does not seed
                        "rhp.demo.enabled",
                        "false",
                        "rhp.platform.read-replica.url",
                        url + "&ApplicationName=" + REPLICA_APP));
        portA = port(a);
        portB = port(b);
    }

    private ConfigurableApplicationContext node(Map<String, Object> common, Map<String, Object> own) {
        var properties = new HashMap<>(common);
        properties.putAll(own);
        // as command-line arguments: they win over application.yaml (default properties would not)
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(RegionalHealthApplication.class)
                .profiles("demo", "test")
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(countingLocks()))
                .run(args);
    }

    /** Wraps each node's ShedLock provider to count, per job, the locks the nodes took together. */
    private BeanPostProcessor countingLocks() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof LockProvider provider) {
                    return (LockProvider) (LockConfiguration configuration) -> {
                        Optional<SimpleLock> lock = provider.lock(configuration);
                        lock.ifPresent(l -> locksTaken.merge(configuration.getName(), 1, Integer::sum));
                        return lock;
                    };
                }
                return bean;
            }
        };
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    void stop() throws Exception {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aReviewLoopAlternatesBetweenTheNodes() {
        var organizations = a.getBean(Organizations.class);
        var hisA = new ReviewOnNode(portA, organizations);
        var hisB = new ReviewOnNode(portB, organizations);
        // submitted on A: a drug the knowledge base does not know goes to a pharmacist
        var submitted = hisA.his.post(
                "/api/prescription-review/prescriptions",
                hisA.request(
                        ReviewOnNode.number("TWO"),
                        ResidentFixtures.idNumber("19700505", true),
                        "{\"icd10\":\"I10\",\"text\":\"高血压\"}",
                        ReviewOnNode.line("祖传秘方丸", 1, "丸", "tid", 3)));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        long id = submitted.json().get("id").asLong();
        long task = jdbc(a).sql(
                        "select id from prescriptionreview_review_task where prescription_id = ? and decided_at is null")
                .param(id)
                .query(Long.class)
                .single();
        String tasks = "/api/prescription-review/workbench/tasks/";
        // claimed on B, approved on A, read by the HIS on B
        assertThat(ApiClient.as(portB, "pharmacist")
                        .post(tasks + task + "/claim", "")
                        .status())
                .isEqualTo(200);
        assertThat(ApiClient.as(portA, "pharmacist")
                        .post(tasks + task + "/approve", "{}")
                        .status())
                .isEqualTo(200);
        var review = hisB.his.get("/api/prescription-review/prescriptions/" + id + "/review");
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.json().get("state").asString()).isEqualTo("APPROVED");
    }

    @Test
    void aSchoolCheckClusterBuildsOneSignalFromBothNodes() {
        LocalDate today = LocalDate.now(DISTRICT);
        String className = "双节点" + System.nanoTime() % 10_000 + "班";
        var yesterday = ApiClient.as(portA, "school-nurse")
                .post("/api/surveillance/school-checks", classCheck(today.minusDays(1), className));
        assertThat(yesterday.status()).as(yesterday.body()).isEqualTo(201);
        var signalsOnA = ids(yesterday.json().get("signals"));
        assertThat(signalsOnA)
                .as("four feverish, coughing pupils in one class: a cluster")
                .isNotEmpty();
        var todayOnB = ApiClient.as(portB, "school-nurse")
                .post("/api/surveillance/school-checks", classCheck(today, className));
        assertThat(todayOnB.status()).as(todayOnB.body()).isEqualTo(201);
        assertThat(ids(todayOnB.json().get("signals")))
                .as("the second day, entered on node B, feeds the signal node A raised")
                .containsAnyElementsOf(signalsOnA);
    }

    private static String classCheck(LocalDate date, String className) {
        return """
                {"date":"%s","grade":23,"className":"%s","enrolled":42,"present":38,"absentIll":4,
                 "groups":[{"count":4,"symptoms":["fever","cough"]}]}"""
                .formatted(date, className);
    }

    private static List<Long> ids(JsonNode array) {
        var ids = new ArrayList<Long>();
        array.forEach(n -> ids.add(n.asLong()));
        return ids;
    }

    @Test
    void aChronicFollowUpContinuesOnTheOtherNode() {
        JsonNode station = ApiClient.as(portA, "village-doctor")
                .get("/api/org/units?type=STATION")
                .json()
                .get("items")
                .get(0);
        var registered = ApiClient.as(portA, "admin")
                .post(
                        "/api/residents",
                        ResidentFixtures.json(
                                "双节点",
                                ResidentFixtures.idNumber("19620808", true),
                                station.get("divisionCode").asString(),
                                station.get("id").asLong()));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long resident = registered.json().get("id").asLong();
        var enrolled = ApiClient.as(portB, "village-doctor")
                .post(
                        "/api/familydoctor/patients",
                        "{\"residentId\": %d, \"disease\": \"HYPERTENSION\"}".formatted(resident));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        long patient = enrolled.json().get("id").asLong();
        String followUps = "/api/familydoctor/patients/" + patient + "/followups";
        var first = ApiClient.as(portA, "village-doctor")
                .post(followUps, "{\"method\": \"CLINIC\", \"systolic\": 165, \"diastolic\": 100}");
        assertThat(first.json().get("outcome").get("action").asString()).isEqualTo("RECHECK_IN_TWO_WEEKS");
        var second = ApiClient.as(portB, "village-doctor")
                .post(followUps, "{\"method\": \"CLINIC\", \"systolic\": 158, \"diastolic\": 96}");
        assertThat(second.json().get("outcome").get("action").asString())
                .as("the second uncontrolled visit, recorded on B, knows the first one recorded on A")
                .isEqualTo("REFER");
        assertThat(ApiClient.as(portA, "village-doctor").get(followUps).json().size())
                .isEqualTo(2);
    }

    @Test
    void aPageSessionMadeOnOneNodeIsServedByTheOther() throws Exception {
        var http = HttpClient.newHttpClient();
        var loginPage = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portA + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(loginPage);
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=doctor&password=" + URLEncoder.encode(ApiClient.DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var login = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portA + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        // the session id changes at login; the cookie keeps the platform's settings (docs/security.md)
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .contains("JSESSIONID")
                .contains("SameSite=Lax")
                .contains("HttpOnly"));
        String loggedIn = sessionCookie(login);

        var onB = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portB + "/"))
                        .header("Cookie", loggedIn)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onB.statusCode()).as("node B knows node A's session").isEqualTo(200);
        assertThat(onB.body()).contains("退出");
        assertThat(jdbc(a).sql("select count(*) from platform_session where principal_name = 'doctor'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    @Test
    void everyScheduledJobRunsOncePerCluster() throws Exception {
        var jobs = scheduledJobs(a);
        assertThat(jobs).as("the platform's @Scheduled jobs").hasSizeGreaterThanOrEqualTo(9);
        for (var job : jobs.entrySet()) {
            Method method = job.getValue();
            method.setAccessible(true);
            Object onA = a.getBean(job.getKey());
            Object onB = b.getBean(job.getKey());
            // both nodes' schedulers fire at the same moment, then B's again a little later
            var first = CompletableFuture.runAsync(() -> invoke(method, onA));
            var second = CompletableFuture.runAsync(() -> invoke(method, onB));
            CompletableFuture.allOf(first, second).join();
            invoke(method, onB);
        }
        var names = jdbc(a).sql("select name from platform_shedlock")
                .query(String.class)
                .list();
        assertThat(names).hasSize(jobs.size());
        assertThat(locksTaken).containsOnlyKeys(names);
        assertThat(locksTaken.values())
                .as("each job once per cluster: %s", locksTaken)
                .containsOnly(1);
    }

    /** Bean name → its {@code @Scheduled} method, for the platform's own beans. */
    private static Map<String, Method> scheduledJobs(ConfigurableApplicationContext context) {
        var jobs = new HashMap<String, Method>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getBeanFactory().getType(name);
            if (type == null || !type.getName().startsWith("org.regionalhealth.")) {
                continue;
            }
            type = org.springframework.util.ClassUtils.getUserClass(type);
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    jobs.put(name, method);
                }
            }
        }
        return jobs;
    }

    private static void invoke(Method method, Object bean) {
        try {
            method.invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(method + " failed", e);
        }
    }

    @Test
    void aKnowledgeBaseReloadOnOneNodeReachesTheOther() throws Exception {
        Instant before = b.getBean(DrugKnowledge.class).snapshot().version().loadedAt();
        a.getBean(DrugKnowledge.class).reload();
        assertThat(eventually(() -> b.getBean(DrugKnowledge.class)
                        .snapshot()
                        .version()
                        .loadedAt()
                        .isAfter(before)))
                .as("node B reloaded after node A's reload")
                .isTrue();
    }

    @Test
    void aMovedUnitReachesTheScopesCachedOnTheOtherNode() throws Exception {
        var organizations = a.getBean(Organizations.class);
        var root = organizations.root();
        String suffix = Long.toString(System.nanoTime() % 100_000);
        List<Long> ids = organizations.register(List.of(
                new NewUnit(
                        "TWO-X" + suffix,
                        "甲医共体" + suffix,
                        UnitType.MEDICAL_COMMUNITY,
                        root.id(),
                        root.divisionCode(),
                        root.lat(),
                        root.lng()),
                new NewUnit(
                        "TWO-Y" + suffix,
                        "乙医共体" + suffix,
                        UnitType.MEDICAL_COMMUNITY,
                        root.id(),
                        root.divisionCode(),
                        root.lat(),
                        root.lng())));
        long moving = organizations
                .register(List.of(new NewUnit(
                        "TWO-Z" + suffix,
                        "丙卫生院" + suffix,
                        UnitType.HEALTH_CENTRE,
                        ids.get(0),
                        root.divisionCode(),
                        root.lat(),
                        root.lng())))
                .get(0);
        String username = "two-nodes-" + suffix;
        a.getBean(AccountAdministration.class)
                .create(List.of(new NewAccount(
                        username, "双节点测试", "Two#Nodes2026", Role.CDC_OFFICER, moving, moving, null, false)));
        var onB = ApiClient.as(portB, username, "Two#Nodes2026");
        String query = "/api/org/units?q=TWO-Z" + suffix;
        assertThat(onB.get(query).json().get("total").asLong()).isEqualTo(1);

        organizations.move(moving, ids.get(1));

        assertThat(eventually(() -> onB.get(query).json().get("total").asLong() == 1))
                .as("node B roots the account's scope at the unit's new path")
                .isTrue();
        assertThat(organizations.find(moving).orElseThrow().path())
                .isEqualTo(organizations.find(ids.get(1)).orElseThrow().path() + moving + "/");
    }

    @Test
    void nodeBReadsSupervisionFromItsReadReplica() {
        assertThat(a.getBean(ReportingDatabase.class).replica()).isFalse();
        var reporting = b.getBean(ReportingDatabase.class);
        assertThat(reporting.replica()).isTrue();
        var report = ApiClient.as(portB, "admin").get("/api/prescription-review/supervision?period=M");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(jdbc(a).sql("select count(*) from pg_stat_activity where application_name = ?")
                        .param(REPLICA_APP)
                        .query(Long.class)
                        .single())
                .as("the supervision report opened connections to the replica")
                .isPositive();
        assertThat(reporting
                        .jdbc()
                        .sql("show transaction_read_only")
                        .query(String.class)
                        .single())
                .isEqualTo("on");
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class);
    }

    private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }

    /** Prescriptions of the demo HIS against one node. */
    static final class ReviewOnNode extends org.regionalhealth.reviewcenter.HisPrescriptions {
        ReviewOnNode(int port, Organizations organizations) {
            super(port, organizations);
        }
    }
}
