package org.regionalhealth.reviewcenter.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AccountAdministration;
import org.regionalhealth.platform.NewAccount;
import org.regionalhealth.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The review workflow of issue 4 items 1–3 over the real API and database: states from the verdict, the claim race,
 * decisions, the doctor's loop, dispensing guarded by the state, timeout policies, webhooks, scope.
 */
@PlatformIntegrationTest
class WorkbenchIntegrationTests {

    private static final String PASSWORD = "Workbench@2026";
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TimeoutSweeper sweeper;

    @Autowired
    WebhookDeliverer deliverer;

    @Autowired
    AccountAdministration accounts;

    WorkbenchFixtures fx;
    ApiClient pharmacist;
    ApiClient senior;
    ApiClient doctor;
    ApiClient admin;
    String pool;

    @BeforeEach
    void setUp() {
        fx = new WorkbenchFixtures(port, organizations);
        pharmacist = ApiClient.as(port, "pharmacist");
        senior = ApiClient.as(port, "senior-pharmacist");
        doctor = ApiClient.as(port, "doctor");
        admin = ApiClient.as(port, "admin");
        pool = fx.hospitalCode.substring(0, fx.hospitalCode.indexOf("-H"));
    }

    @AfterEach
    void restoreDefaultPolicy() {
        jdbc.sql("delete from prescriptionreview_timeout_policy where pool = ?")
                .param(pool)
                .update();
    }

    String state(long id) {
        return jdbc.sql("select review_state from prescriptionreview_prescription where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    long taskOf(long id) {
        return jdbc.sql(
                        "select id from prescriptionreview_review_task where prescription_id = ? and decided_at is null")
                .param(id)
                .query(Long.class)
                .single();
    }

    List<String> kinds(long id) {
        return jdbc.sql("select kind from prescriptionreview_review_event where prescription_id = ? order by at, id")
                .param(id)
                .query(String.class)
                .list();
    }

    String task(String path) {
        return "/api/prescription-review/workbench/tasks/" + path;
    }

    @Test
    void theVerdictDecidesTheStateInTheSubmissionsTransaction() {
        long passed = fx.submit(fx.passing(WorkbenchFixtures.number()));
        long awaiting = fx.submit(fx.awaitingSignature(WorkbenchFixtures.number()));
        long queued = fx.submit(fx.queued(WorkbenchFixtures.number()));

        assertThat(state(passed)).isEqualTo("PASSED");
        assertThat(state(awaiting)).isEqualTo("AWAITING_SIGNATURE");
        assertThat(state(queued)).isEqualTo("QUEUED");
        assertThat(kinds(passed)).containsExactly("SCREENED");
        assertThat(kinds(queued)).containsExactly("QUEUED");
        var task = jdbc.sql(
                        """
                        select pool, skill, setting, due_at - enqueued_at as sla, amber_at < due_at
                          from prescriptionreview_review_task where prescription_id = ?""")
                .param(queued)
                .query((rs, n) ->
                        List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .single();
        // outpatient: 5 minutes (issue 4 default), pool = the hospital's medical community
        assertThat(task).containsExactly(pool, "GENERAL", "OUTPATIENT", "00:05:00", "t");
        var status = fx.his.get("/api/prescription-review/prescriptions/" + queued + "/review");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("state").asString()).isEqualTo("QUEUED");
        assertThat(status.json().get("mayDispense").asBoolean()).isFalse();
    }

    @Test
    void exactlyOneOfTwoConcurrentClaimsWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                long id = fx.submit(fx.queued(WorkbenchFixtures.number()));
                long taskId = taskOf(id);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> claims = List.of(pharmacist, senior).stream()
                        .map(client -> pool.submit(() -> {
                            start.await();
                            return client.post(task(taskId + "/claim"), "").status();
                        }))
                        .toList();
                start.countDown();
                List<Integer> statuses = List.of(
                        claims.get(0).get(30, TimeUnit.SECONDS), claims.get(1).get(30, TimeUnit.SECONDS));

                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
                assertThat(state(id)).isEqualTo("CLAIMED");
                assertThat(kinds(id)).containsExactly("QUEUED", "CLAIMED");
                String holder = jdbc.sql("select claimed_by from prescriptionreview_review_task where id = ?")
                        .param(taskId)
                        .query(String.class)
                        .single();
                assertThat(holder).isEqualTo(statuses.get(0) == 200 ? "pharmacist" : "senior-pharmacist");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReturnedPrescriptionCannotBeDispensedUntilTheDoctorsModificationPasses() {
        String number = WorkbenchFixtures.number();
        long id = fx.submit(fx.queued(number));
        long taskId = taskOf(id);
        assertThat(pharmacist.post(task(taskId + "/claim"), "").status()).isEqualTo(200);
        var returned = pharmacist.post(
                task(taskId + "/return"), "{\"reasons\":[\"DRUG_CHOICE\",\"DOSE\"],\"message\":\"药品不在目录，请改用氨氯地平\"}");
        assertThat(returned.status()).isEqualTo(200);
        assertThat(state(id)).isEqualTo("RETURNED");

        var dispense = fx.his.post("/api/prescription-review/prescriptions/" + id + "/dispense", "");
        assertThat(dispense.status()).isEqualTo(409);
        assertThat(dispense.contentType()).startsWith("application/problem+json");
        assertThat(dispense.json().get("code").asString()).isEqualTo("REVIEW_NOT_PASSED");
        assertThat(fx.his
                        .post("/api/prescription-review/prescriptions/" + id + "/charge", "")
                        .status())
                .isEqualTo(409);
        // T3 after a pharmacist's return: modify, never double-sign
        assertThat(doctor.post(
                                "/api/prescription-review/prescriptions/" + id + "/double-sign",
                                "{\"reason\":\"CLINICAL_NEED\"}")
                        .status())
                .isEqualTo(409);

        JsonNode list = doctor.get("/api/prescription-review/returned").json();
        JsonNode mine = null;
        for (JsonNode item : list) {
            if (item.get("prescriptionId").asLong() == id) {
                mine = item;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("reasonCodes").toString()).contains("DRUG_CHOICE").contains("DOSE");
        assertThat(mine.get("message").asString()).contains("氨氯地平");

        var revised = fx.his.put("/api/prescription-review/prescriptions/" + id, fx.passing(number));
        assertThat(revised.status()).isEqualTo(200);
        assertThat(state(id)).isEqualTo("PASSED");
        assertThat(fx.his
                        .post("/api/prescription-review/prescriptions/" + id + "/dispense", "")
                        .status())
                .isEqualTo(200);
        assertThat(state(id)).isEqualTo("DISPENSED");
        assertThat(kinds(id)).containsExactly("QUEUED", "CLAIMED", "RETURNED", "MODIFIED", "DISPENSED");
        // the story shows it all, the stale finding closed in revision 2
        JsonNode story = pharmacist
                .get("/api/prescription-review/prescriptions/" + id + "/events")
                .json();
        assertThat(story.get("events")).hasSize(5);
        assertThat(story.get("findings").toString()).contains("\"closedRevision\":2");
        assertThat(story.get("patient").asString()).contains("********");
    }

    @Test
    void aRevisionSupersedesTheOpenTaskAndStartsFromTheNewVerdict() {
        String number = WorkbenchFixtures.number();
        long id = fx.submit(fx.queued(number));
        long first = taskOf(id);
        var body = fx.queued(number).replace("\"days\":3", "\"days\":2");
        assertThat(fx.his
                        .put("/api/prescription-review/prescriptions/" + id, body)
                        .status())
                .isEqualTo(200);

        assertThat(jdbc.sql("select outcome from prescriptionreview_review_task where id = ?")
                        .param(first)
                        .query(String.class)
                        .single())
                .isEqualTo("SUPERSEDED");
        assertThat(taskOf(id)).isNotEqualTo(first);
        assertThat(state(id)).isEqualTo("QUEUED");
        assertThat(kinds(id)).containsExactly("QUEUED", "MODIFIED");
    }

    @Test
    void theDoctorDoubleSignsAT2PrescriptionWithACodedReasonAndItMayBeDispensed() {
        long id = fx.submit(fx.awaitingSignature(WorkbenchFixtures.number()));
        var missing = doctor.post(
                "/api/prescription-review/prescriptions/" + id + "/double-sign", "{\"reason\":\"NO_SUCH_CODE\"}");
        assertThat(missing.status()).isEqualTo(400);
        var signed = doctor.post(
                "/api/prescription-review/prescriptions/" + id + "/double-sign",
                "{\"reason\":\"CLINICAL_NEED\",\"message\":\"门诊复诊，诊断见病历\"}");
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.json().get("state").asString()).isEqualTo("DOUBLE_SIGNED");
        assertThat(fx.his
                        .post("/api/prescription-review/prescriptions/" + id + "/dispense", "")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anEscalatedTaskGoesToTheSeniorPharmacistOnly() {
        long id = fx.submit(fx.queued(WorkbenchFixtures.number()));
        long taskId = taskOf(id);
        assertThat(pharmacist.post(task(taskId + "/claim"), "").status()).isEqualTo(200);
        assertThat(pharmacist
                        .post(task(taskId + "/escalate"), "{\"message\":\"请上级药师复核\"}")
                        .status())
                .isEqualTo(200);
        assertThat(state(id)).isEqualTo("ESCALATED");
        assertThat(pharmacist.post(task(taskId + "/claim"), "").status()).isEqualTo(403);
        assertThat(senior.post(task(taskId + "/claim"), "").status()).isEqualTo(200);
        assertThat(senior.post(task(taskId + "/approve"), "{\"note\":\"已与医生沟通\"}")
                        .status())
                .isEqualTo(200);
        assertThat(state(id)).isEqualTo("APPROVED");
        assertThat(kinds(id)).containsExactly("QUEUED", "CLAIMED", "ESCALATED", "CLAIMED", "APPROVED_WITH_NOTE");
    }

    @Test
    void theRegionalHistoryCountsAPrescriptionOnlyOnceItPasses() {
        String patient = org.regionalhealth.residents.ResidentFixtures.idNumber("19610214", false);
        String pneumonia = "{\"icd10\":\"J18.9\",\"text\":\"肺炎\"}";
        long id = fx.submit(fx.request(
                WorkbenchFixtures.number(),
                patient,
                pneumonia,
                WorkbenchFixtures.line("克拉霉素片", 250, "mg", "bid", 7) + ","
                        + WorkbenchFixtures.line("祖传秘方丸", 1, "丸", "tid", 3)));
        assertThat(state(id)).isEqualTo("QUEUED");
        String statin = fx.request(
                WorkbenchFixtures.number(),
                patient,
                "{\"icd10\":\"E78.5\",\"text\":\"高脂血症\"}",
                WorkbenchFixtures.line("辛伐他汀片", 20, "mg", "qn", 7));
        // waiting for a pharmacist: not (yet) the patient's medicine
        assertThat(fx.his.post("/api/prescription-review/screen", statin).body())
                .doesNotContain("\"DDI\"");

        long taskId = taskOf(id);
        assertThat(pharmacist.post(task(taskId + "/claim"), "").status()).isEqualTo(200);
        assertThat(pharmacist.post(task(taskId + "/approve"), "{}").status()).isEqualTo(200);

        assertThat(fx.his.post("/api/prescription-review/screen", statin).body())
                .contains("\"DDI\"");
    }

    @Test
    void theResidentSeesTheirOwnPrescriptionWaitingWithAnExpectedWaitAndThenPassed() {
        String idNumber = jdbc.sql(
                        """
                        select r.id_number from residents_resident r
                          join platform_account a on a.resident_id = r.id where a.username = 'resident'""")
                .query(String.class)
                .single();
        long id = fx.submit(fx.request(
                WorkbenchFixtures.number(),
                idNumber,
                WorkbenchFixtures.HYPERTENSION,
                WorkbenchFixtures.line("祖传秘方丸", 1, "丸", "tid", 3)));
        ApiClient resident = ApiClient.as(port, "resident");

        JsonNode waiting = ownStatus(resident, id);
        assertThat(waiting.get("status").asString()).isEqualTo("WAITING");
        assertThat(waiting.get("queuePosition").asLong()).isPositive();
        // never beyond the outpatient SLA: the timeout policy decides then
        assertThat(waiting.get("expectedWaitMinutes").asLong()).isBetween(0L, 5L);

        long taskId = taskOf(id);
        assertThat(pharmacist.post(task(taskId + "/claim"), "").status()).isEqualTo(200);
        assertThat(pharmacist.post(task(taskId + "/approve"), "{}").status()).isEqualTo(200);
        JsonNode passed = ownStatus(resident, id);
        assertThat(passed.get("status").asString()).isEqualTo("PASSED");
        assertThat(passed.get("expectedWaitMinutes").isNull()).isTrue();
        // other people's prescriptions never appear
        long others = fx.submit(fx.queued(WorkbenchFixtures.number()));
        for (JsonNode p :
                resident.get("/api/prescription-review/my-prescriptions").json()) {
            assertThat(p.get("prescriptionId").asLong()).isNotEqualTo(others);
        }
        assertThat(doctor.get("/api/prescription-review/my-prescriptions").status())
                .isEqualTo(403);
    }

    private static JsonNode ownStatus(ApiClient resident, long id) {
        var response = resident.get("/api/prescription-review/my-prescriptions");
        assertThat(response.status()).isEqualTo(200);
        for (JsonNode p : response.json()) {
            if (p.get("prescriptionId").asLong() == id) {
                return p;
            }
        }
        throw new AssertionError("prescription " + id + " not in " + response.body());
    }

    @Test
    void aReleasedClaimGoesBackToThePoolAndOnlyTheHolderMayDecide() {
        long id = fx.submit(fx.queued(WorkbenchFixtures.number()));
        long taskId = taskOf(id);
        assertThat(pharmacist.post(task(taskId + "/claim"), "").status()).isEqualTo(200);
        // somebody else's claim: no decision
        assertThat(senior.post(task(taskId + "/approve"), "{}").status()).isEqualTo(409);
        assertThat(pharmacist
                        .post(task(taskId + "/return"), "{\"reasons\":[\"NO_SUCH_CODE\"]}")
                        .status())
                .isEqualTo(400);
        assertThat(pharmacist.post(task(taskId + "/release"), "").status()).isEqualTo(200);
        assertThat(state(id)).isEqualTo("QUEUED");
        assertThat(senior.post(task(taskId + "/claim"), "").status()).isEqualTo(200);
        assertThat(senior.post(task(taskId + "/approve"), "{}").status()).isEqualTo(200);
        assertThat(kinds(id)).containsExactly("QUEUED", "CLAIMED", "RELEASED", "CLAIMED", "APPROVED");
        assertThat(fx.his
                        .post("/api/prescription-review/prescriptions/" + id + "/dispense", "")
                        .status())
                .isEqualTo(200);
    }

    // --- timeouts ---

    void policy(String onTimeout, String offHours, boolean nowIsOffHours) {
        LocalTime now = LocalTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        LocalTime start = nowIsOffHours ? now.plusHours(2) : now.minusHours(1);
        LocalTime end = nowIsOffHours ? now.plusHours(3) : now.plusHours(1);
        var put = admin.put(
                "/api/prescription-review/workbench/policies/" + pool,
                """
                {"onTimeout":"%s","offHours":"%s","workStart":"%s","workEnd":"%s"}"""
                        .formatted(onTimeout, offHours, start, end));
        assertThat(put.status()).isEqualTo(200);
    }

    /** Submits a queued prescription and moves its timers into the past. */
    long overdue() {
        long id = fx.submit(fx.queued(WorkbenchFixtures.number()));
        jdbc.sql(
                        """
                        update prescriptionreview_review_task
                           set amber_at = now() - interval '3 minutes', due_at = now() - interval '1 minute'
                         where prescription_id = ?""")
                .param(id)
                .update();
        return id;
    }

    List<Object> timeoutEvent(long id) {
        return jdbc.sql(
                        """
                        select kind, to_state, array_to_string(reason_codes, ','), off_hours
                          from prescriptionreview_review_event where prescription_id = ? order by at desc, id desc
                         limit 1""")
                .param(id)
                .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .single();
    }

    boolean breached(long id) {
        return jdbc.sql("select bool_or(breached) from prescriptionreview_review_task where prescription_id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    @Test
    void timeoutReturnsToTheDoctor() {
        policy("RETURN", "AUTO_PASS", false);
        long id = overdue();
        sweeper.sweep(Instant.now());
        assertThat(state(id)).isEqualTo("RETURNED");
        assertThat(kinds(id)).containsExactly("QUEUED", "AMBER", "RED", "TIMEOUT");
        assertThat(timeoutEvent(id)).containsExactly("TIMEOUT", "RETURNED", "TIMEOUT,RETURN", false);
        assertThat(breached(id)).isTrue();
    }

    @Test
    void timeoutAutoPasses() {
        policy("AUTO_PASS", "RETURN", false);
        long id = overdue();
        sweeper.sweep(Instant.now());
        assertThat(state(id)).isEqualTo("APPROVED");
        assertThat(timeoutEvent(id)).containsExactly("AUTO_PASSED", "APPROVED", "TIMEOUT,AUTO_PASS", false);
        assertThat(jdbc.sql("select outcome from prescriptionreview_review_task where prescription_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("TIMEOUT_PASSED");
        assertThat(breached(id)).isTrue();
    }

    @Test
    void timeoutEscalatesAndASecondTimeoutReturns() {
        policy("ESCALATE", "AUTO_PASS", false);
        long id = overdue();
        sweeper.sweep(Instant.now());
        assertThat(state(id)).isEqualTo("ESCALATED");
        assertThat(timeoutEvent(id)).containsExactly("TIMEOUT", "ESCALATED", "TIMEOUT,ESCALATE", false);
        // the senior pharmacist's own timer: nobody is left to escalate to, so it goes back to the doctor
        sweeper.sweep(Instant.now().plus(Duration.ofMinutes(6)));
        assertThat(state(id)).isEqualTo("RETURNED");
        assertThat(timeoutEvent(id)).containsExactly("TIMEOUT", "RETURNED", "TIMEOUT,RETURN", false);
    }

    @Test
    void offHoursTheOffHoursActionAppliesAndEveryEventSaysSo() {
        policy("RETURN", "AUTO_PASS", true);
        long id = overdue();
        sweeper.sweep(Instant.now());
        assertThat(state(id)).isEqualTo("APPROVED");
        assertThat(timeoutEvent(id)).containsExactly("AUTO_PASSED", "APPROVED", "TIMEOUT,AUTO_PASS", true);
        assertThat(jdbc.sql(
                                """
                                select count(*) from prescriptionreview_review_event
                                 where prescription_id = ? and kind in ('AMBER', 'RED') and off_hours""")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    // --- webhooks ---

    @Test
    void aWebhookReceiverThatFailsTwiceStillGetsTheState() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<String> received = new CopyOnWriteArrayList<>();
        List<String> signatures = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/his/review-events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int call = calls.incrementAndGet();
            int status = call <= 2 ? 503 : 204;
            if (status == 204) {
                received.add(body);
                signatures.add(exchange.getRequestHeaders().getFirst("X-RHP-Signature"));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        long subscription = 0;
        try {
            var subscribed = fx.his.post(
                    "/api/prescription-review/webhooks",
                    "{\"url\":\"http://127.0.0.1:" + server.getAddress().getPort() + "/his/review-events\"}");
            assertThat(subscribed.status()).isEqualTo(201);
            subscription = subscribed.json().get("id").asLong();
            String secret = subscribed.json().get("secret").asString();
            long id = fx.submit(fx.passing(WorkbenchFixtures.number()));

            Instant now = Instant.now();
            deliverer.deliverDue(now);
            deliverer.deliverDue(now.plus(Duration.ofHours(1)));
            // not yet due again: the backoff holds the third attempt back
            assertThat(calls.get()).isEqualTo(2);
            deliverer.deliverDue(now.plus(Duration.ofHours(3)));

            assertThat(calls.get()).isEqualTo(3);
            assertThat(received).hasSize(1);
            assertThat(received.get(0))
                    .contains("\"prescriptionId\":" + id)
                    .contains("\"state\":\"PASSED\"")
                    .contains("\"mayDispense\":true");
            assertThat(signatures.get(0)).isEqualTo("sha256=" + WebhookDeliverer.sign(secret, received.get(0)));
            assertThat(jdbc.sql(
                                    """
                                    select attempts from prescriptionreview_webhook_delivery
                                     where subscription_id = ? and delivered_at is not null""")
                            .param(subscription)
                            .query(Integer.class)
                            .list())
                    .containsExactly(3);
        } finally {
            server.stop(0);
            jdbc.sql("update prescriptionreview_webhook_subscription set active = false where id = ?")
                    .param(subscription)
                    .update();
        }
    }

    @Test
    void webhookTargetsMustBePublicUnlessAllowListedAndAreCheckedAgainAtDelivery() throws Exception {
        // the test settings allow-list 127.0.0.1 and plain http; everything else inward is refused (issue 15)
        for (String url : List.of(
                "http://10.0.0.5/hook",
                "http://192.168.1.10:8080/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://100.64.0.1/hook",
                "http://[::1]:5432/",
                "http://[fd00::1]/hook",
                "http://[::ffff:10.0.0.1]/hook",
                "http://user:secret@127.0.0.1/hook",
                "ftp://127.0.0.1/hook",
                "file:///etc/passwd")) {
            var refused = fx.his.post("/api/prescription-review/webhooks", "{\"url\":\"" + url + "\"}");
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.json().get("code").asString()).isEqualTo("WEBHOOK_URL");
        }

        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/his/events", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        long subscription = 0;
        try {
            var subscribed = fx.his.post(
                    "/api/prescription-review/webhooks",
                    "{\"url\":\"http://127.0.0.1:" + server.getAddress().getPort() + "/his/events\"}");
            assertThat(subscribed.status()).isEqualTo(201);
            subscription = subscribed.json().get("id").asLong();
            // the name now points inward (DNS rebinding, here: the stored target changed): delivery refuses it
            jdbc.sql("update prescriptionreview_webhook_subscription set url = ? where id = ?")
                    .params("http://10.255.0.1:" + server.getAddress().getPort() + "/his/events", subscription)
                    .update();
            fx.submit(fx.passing(WorkbenchFixtures.number()));
            deliverer.deliverDue(Instant.now());
            assertThat(calls.get()).isZero();
            assertThat(jdbc.sql(
                                    """
                                    select last_error from prescriptionreview_webhook_delivery
                                     where subscription_id = ? and delivered_at is null""")
                            .param(subscription)
                            .query(String.class)
                            .list())
                    .isNotEmpty()
                    .allSatisfy(error -> assertThat(error).contains("target refused"));
        } finally {
            server.stop(0);
            jdbc.sql("update prescriptionreview_webhook_subscription set active = false where id = ?")
                    .param(subscription)
                    .update();
        }
    }

    // --- scope ---

    @Test
    void aPharmacistCannotSeeAnotherMedicalCommunitysQueue() {
        JsonNode mcs = admin.get("/api/org/units?type=MEDICAL_COMMUNITY&size=50")
                .json()
                .get("items");
        long otherMc = 0;
        for (JsonNode mc : mcs) {
            if (!mc.get("code").asString().equals(pool)) {
                otherMc = mc.get("id").asLong();
                break;
            }
        }
        String username = "wb-pharm-" + ACCOUNTS.incrementAndGet() + "-" + System.nanoTime() % 100000;
        accounts.create(List.of(
                new NewAccount(username, "外医共体药师", PASSWORD, Role.MC_PHARMACIST, otherMc, otherMc, null, false)));
        ApiClient other = ApiClient.as(port, username, PASSWORD);
        long id = fx.submit(fx.queued(WorkbenchFixtures.number()));
        long taskId = taskOf(id);

        JsonNode theirs =
                other.get("/api/prescription-review/workbench/tasks?size=100").json();
        for (JsonNode item : theirs.get("items")) {
            assertThat(item.get("prescriptionId").asLong()).isNotEqualTo(id);
        }
        long inTheirScope = jdbc.sql(
                        """
                        select count(*) from prescriptionreview_review_task t
                         where t.decided_at is null and t.institution_path like
                               (select path from org_unit where id = ?) || '%'""")
                .param(otherMc)
                .query(Long.class)
                .single();
        assertThat(theirs.get("waiting").asLong()).isEqualTo(inTheirScope);
        assertThat(other.post(task(taskId + "/claim"), "").status()).isEqualTo(404);
        assertThat(other.get("/api/prescription-review/prescriptions/" + id + "/events")
                        .status())
                .isEqualTo(404);

        JsonNode ours = pharmacist
                .get("/api/prescription-review/workbench/tasks?size=100")
                .json();
        assertThat(ours.get("waiting").asLong()).isGreaterThanOrEqualTo(1);
    }
}
