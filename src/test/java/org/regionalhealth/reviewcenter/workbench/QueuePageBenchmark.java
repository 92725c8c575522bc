package org.regionalhealth.reviewcenter.workbench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the pharmacists' queue (issue 4: "the queue page answers in under 200 ms with 10,000 waiting
 * items"). Against the platform running on loopback (demo profile): tops the demo pharmacist's pool up to
 * {@code queue.items} open review tasks by submitting real prescriptions through the HIS API (each one screened,
 * stored and queued like any other), then measures, one request at a time after a warm-up, the workbench page
 * (HTML, form login) and the queue API: first page, a page 100 deep by keyset cursor, and a filtered page.
 *
 * <p>{@code java -cp … org.regionalhealth.reviewcenter.workbench.QueuePageBenchmark} with {@code -Dqueue.url}
 * (default http://127.0.0.1:8080), {@code -Dqueue.items} (10000), {@code -Dqueue.requests} (200); see
 * docs/benchmarks.md.
 */
public final class QueuePageBenchmark {

    private static final String PASSWORD = "Demo@2026";

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("queue.url", "http://127.0.0.1:8080");
        int items = Integer.getInteger("queue.items", 10_000);
        int requests = Integer.getInteger("queue.requests", 200);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String pharmacist = basic("pharmacist");
        String his = basic("his");

        long waiting = waiting(http, base, pharmacist);
        System.out.printf("queue holds %d open tasks; topping up to %d%n", waiting, items);
        if (waiting < items) {
            int missing = (int) (items - waiting);
            String jdbcUrl = System.getProperty("queue.jdbc");
            int viaApi = jdbcUrl == null ? missing : Math.min(missing, Integer.getInteger("queue.apiSeed", 200));
            seed(http, base, his, viaApi);
            if (viaApi < missing) {
                cloneQueued(jdbcUrl, missing - viaApi);
            }
        }
        waiting = waiting(http, base, pharmacist);
        System.out.printf("queue holds %d open tasks%n", waiting);

        // a page 100 deep: follow the keyset cursor
        String cursor = null;
        for (int i = 0; i < 100; i++) {
            String body = get(
                    http,
                    base + "/api/prescription-review/workbench/tasks?size=50"
                            + (cursor == null ? "" : "&after=" + cursor),
                    pharmacist);
            Matcher m = Pattern.compile("\"next\":\"([0-9_]+)\"").matcher(body);
            if (!m.find()) {
                break;
            }
            cursor = m.group(1);
        }

        HttpClient browser = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        login(browser, base, "pharmacist", "/prescription-review/workbench");
        if (!page(browser, base + "/prescription-review/workbench").contains("queue-table")) {
            throw new IllegalStateException("the queue page shows no queue");
        }

        System.out.printf(
                "%nqueue with %d waiting items, %d sequential requests each after 50 warm-up%n", waiting, requests);
        measure(
                "page  /prescription-review/workbench (HTML, first 50)",
                requests,
                () -> page(browser, base + "/prescription-review/workbench"));
        measure(
                "page  filtered (setting=OUTPATIENT, tier=T3)",
                requests,
                () -> page(browser, base + "/prescription-review/workbench?setting=OUTPATIENT&tier=T3"));
        String deep = cursor;
        measure(
                "page  100 pages deep (keyset cursor)",
                requests,
                () -> page(browser, base + "/prescription-review/workbench?after=" + deep));
        // HTTP Basic: every API request checks the bcrypt hash of the password, so these figures include that check
        // (a HIS would use a bearer token); fewer requests
        int api = Math.min(requests, 100);
        measure(
                "API   /api/.../workbench/tasks?size=50 (HTTP Basic)",
                10,
                api,
                () -> get(http, base + "/api/prescription-review/workbench/tasks?size=50", pharmacist));
        measure(
                "API   100 pages deep (HTTP Basic)",
                10,
                api,
                () -> get(http, base + "/api/prescription-review/workbench/tasks?size=50&after=" + deep, pharmacist));
    }

    interface Call {
        String run() throws Exception;
    }

    private static void measure(String name, int requests, Call call) throws Exception {
        measure(name, 50, requests, call);
    }

    private static void measure(String name, int warmup, int requests, Call call) throws Exception {
        for (int i = 0; i < warmup; i++) {
            call.run();
        }
        long[] ns = new long[requests];
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            call.run();
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf(
                "%-55s p50 %6.1f  p95 %6.1f  p99 %6.1f  max %6.1f ms%n",
                name, ns[requests / 2] / 1e6, q(ns, 0.95), q(ns, 0.99), ns[requests - 1] / 1e6);
        System.out.printf("RESULT %s p95=%.1fms%n", name.replaceAll("\\s+", " "), q(ns, 0.95));
    }

    private static double q(long[] sorted, double quantile) {
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static long waiting(HttpClient http, String base, String auth) throws Exception {
        String body = get(http, base + "/api/prescription-review/workbench/tasks?size=1", auth);
        Matcher m = Pattern.compile("\"waiting\":(\\d+)").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no waiting count in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    /** Submits queued prescriptions (an unknown drug: never a silent pass) from four threads. */
    private static void seed(HttpClient http, String base, String his, int count) throws Exception {
        // the institution and a prescriber with prescribing rights, as the prescribing page offers them to the HIS's
        // hospital (the first hospital of the demo pharmacist's medical community)
        String units = get(http, base + "/api/org/units?type=HOSPITAL", his);
        Matcher code = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(units);
        if (!code.find()) {
            throw new IllegalStateException("no hospital in " + units);
        }
        long prescriber = Long.getLong("queue.staff", -1);
        if (prescriber < 0) {
            HttpClient doctor =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            login(doctor, base, "doctor", "/prescriptions/new");
            String form = page(doctor, base + "/prescriptions/new");
            Matcher option = Pattern.compile("id=\"prescriber\"[^>]*>\\s*<option value=\"(\\d+)\"")
                    .matcher(form);
            if (!option.find()) {
                throw new IllegalStateException("no prescriber on the prescribing page; pass -Dqueue.staff=<id>");
            }
            prescriber = Long.parseLong(option.group(1));
        }
        long staffId = prescriber;
        String[] settings = {"OUTPATIENT", "OUTPATIENT", "OUTPATIENT", "EMERGENCY", "INPATIENT"};
        String[] drugs = {"祖传秘方丸", "阿莫西林胶囊", "布洛芬片", "氯雷他定片"};
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            futures.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                    String body =
                            """
                            {"institutionCode":"%s","prescriptionNumber":"QB-%d-%d","setting":"%s","issuedOn":"%s",
                             "prescriber":{"staffId":%d},"patient":{"weightKg":60,"allergies":[]},
                             "diagnoses":[{"icd10":"I10","text":"高血压"}],
                             "lines":[{"drugName":"秘方%d丸","route":"口服","dose":1,"doseUnit":"丸","frequency":"tid","days":3},
                                      {"drugName":"%s","route":"口服","dose":1,"doseUnit":"片","frequency":"tid","days":3}]}"""
                                    .formatted(
                                            code.group(1),
                                            started,
                                            n,
                                            settings[n % settings.length],
                                            org.regionalhealth.reviewcenter.HisPrescriptions.today(),
                                            staffId,
                                            n % 97,
                                            drugs[n % drugs.length]);
                    try {
                        var response = http.send(
                                HttpRequest.newBuilder(URI.create(base + "/api/prescription-review/prescriptions"))
                                        .header("Authorization", his)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 201) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    if (n % 1000 == 999) {
                        System.out.printf("  seeded %d / %d%n", n + 1, count);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        System.out.printf(
                "seeded %d prescriptions in %.0f s (%d failed)%n",
                count, (System.nanoTime() - started) / 1e9, failed.get());
    }

    /**
     * Tops the queue up by copying a prescription the API queued (HTTP Basic checks a bcrypt hash per request, which
     * makes 10,000 API submissions take most of an hour on the shared machine): same columns and request, new numbers,
     * settings and skills spread over the pool, enqueued over the last hour.
     */
    private static void cloneQueued(String jdbcUrl, int count) throws Exception {
        long started = System.nanoTime();
        String run = Long.toString(System.currentTimeMillis());
        try (var c = java.sql.DriverManager.getConnection(jdbcUrl)) {
            c.setAutoCommit(false);
            try (var insert = c.prepareStatement(
                    """
                    insert into prescriptionreview_prescription
                        (institution_id, institution_path, prescription_number, revision, patient_key, setting,
                         prescriber_staff_id, issued_on, request_sha256, request, status, action, highest_tier,
                         kb_version, failure, limitations, submitted_by, screened_at, review_state, review_state_at)
                    select institution_id, institution_path, 'QS-' || ? || '-' || g, 1, patient_key,
                           (array['OUTPATIENT','OUTPATIENT','OUTPATIENT','EMERGENCY','INPATIENT'])[1 + g % 5],
                           prescriber_staff_id, issued_on, request_sha256, request, status, action, highest_tier,
                           kb_version, failure, limitations, submitted_by, screened_at, 'QUEUED', now()
                      from (select * from prescriptionreview_prescription where review_state = 'QUEUED'
                             order by id limit 1) p, generate_series(1, ?) g""")) {
                insert.setString(1, run);
                insert.setInt(2, count);
                insert.executeUpdate();
            }
            try (var tasks = c.prepareStatement(
                    """
                    insert into prescriptionreview_review_task
                        (prescription_id, revision, institution_path, pool, skill, setting, highest_tier, enqueued_at,
                         amber_at, due_at)
                    select p.id, 1, p.institution_path, t.pool,
                           (array['GENERAL','GENERAL','ANTIMICROBIAL','PAEDIATRICS','TCM','ONCOLOGY'])[1 + p.id % 6],
                           p.setting, p.highest_tier, x.e, x.e + interval '144 minutes', x.e + interval '4 hours'
                      from prescriptionreview_prescription p
                      cross join lateral (select now() - (p.id % 3600) * interval '1 second' as e) x
                      cross join (select pool from prescriptionreview_review_task order by id limit 1) t
                     where p.prescription_number like 'QS-' || ? || '-%'""")) {
                tasks.setString(1, run);
                tasks.executeUpdate();
            }
            c.commit();
            try (var analyze = c.createStatement()) {
                analyze.execute("analyze prescriptionreview_prescription");
                analyze.execute("analyze prescriptionreview_review_task");
            }
        }
        System.out.printf(
                "cloned %d queued prescriptions by SQL in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
    }

    private static void login(HttpClient browser, String base, String user, String check) throws Exception {
        String form = browser.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "username=" + user + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        page(browser, base + check);
    }

    private static String page(HttpClient browser, String url) throws Exception {
        var response =
                browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String get(HttpClient http, String url, String auth) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", auth)
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
