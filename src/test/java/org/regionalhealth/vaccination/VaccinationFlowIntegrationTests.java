package org.regionalhealth.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.vaccination.payment.Payments;
import org.regionalhealth.vaccination.stock.Stock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The clinic flow over HTTP on the shared platform: payment idempotency (ten retries, one charge), two nurses scanning
 * one traceability code at once (exactly one succeeds), expired and quarantined lots refused, the schedule enforced.
 */
@PlatformIntegrationTest
class VaccinationFlowIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Payments payments;

    @Autowired
    Stock stock;

    @Autowired
    Clock clock;

    long clinicId() {
        return jdbc.sql("select unit_id from platform_account where username = 'vaccination-nurse'")
                .query(Long.class)
                .single();
    }

    /** Adults of the clinic's town without influenza this season, none of them used by another test. */
    List<Long> adults(int count, int offset) {
        var town = jdbc.sql("select division_code from org_unit where id = ?")
                .param(clinicId())
                .query(String.class)
                .single();
        var today = LocalDate.now(clock);
        return jdbc.sql(
                        """
                        select id from residents_resident r where division_code like ? and birth_date between ? and ?
                          and not exists (select 1 from vaccination_record v where v.resident_id = r.id)
                          and not exists (select 1 from vaccination_visit v where v.resident_id = r.id)
                        order by id offset ? limit ?""")
                .params(town.substring(0, 9) + "%", today.minusYears(50), today.minusYears(20), offset, count)
                .query(Long.class)
                .list();
    }

    long consentedFluVisit(long residentId) {
        var nurse = ApiClient.as(port, "vaccination-nurse");
        var visit = nurse.post(
                "/api/vaccination/visits/walk-in",
                """
                {"residentId": %d, "products": ["IIV"]}""".formatted(residentId));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        long id = visit.json().get("id").asLong();
        assertThat(nurse.post(
                                "/api/vaccination/visits/" + id + "/check",
                                """
                {"temperature": 36.6, "yes": []}""")
                        .status())
                .isEqualTo(200);
        assertThat(nurse.post(
                                "/api/vaccination/visits/" + id + "/consent",
                                """
                {"signedBy": "本人", "signature": "data:image/png;base64,iVBORw0KGgo="}""")
                        .status())
                .isEqualTo(200);
        assertThat(nurse.post(
                                "/api/vaccination/visits/" + id + "/payments",
                                """
                {"idempotencyKey": "pay-%d"}""".formatted(id))
                        .status())
                .isEqualTo(200);
        return id;
    }

    String freeCode(String product) {
        return jdbc.sql(
                        """
                        select c.code from vaccination_trace_code c join vaccination_lot l on l.id = c.lot_id
                        where l.clinic_id = ? and l.product = ? and l.status = 'AVAILABLE' and c.used_at is null
                        order by l.expiry, c.code limit 1""")
                .params(clinicId(), product)
                .query(String.class)
                .single();
    }

    @Test
    void aPaymentRetriedTenTimesChargesOnce() throws Exception {
        long person = adults(1, 0).get(0);
        var nurse = ApiClient.as(port, "vaccination-nurse");
        var visit = nurse.post(
                "/api/vaccination/visits/walk-in",
                """
                {"residentId": %d, "products": ["IIV"]}""".formatted(person));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        long id = visit.json().get("id").asLong();
        assertThat(new BigDecimal(visit.json().get("items").get(0).get("price").asString()))
                .isEqualByComparingTo("128");
        String key = "retry-" + id;
        var pool = Executors.newFixedThreadPool(10);
        var ready = new CountDownLatch(1);
        var futures = new ArrayList<Future<ApiClient.Response>>();
        for (int i = 0; i < 10; i++) {
            futures.add(pool.submit(() -> {
                ready.await();
                return nurse.post(
                        "/api/vaccination/visits/" + id + "/payments",
                        """
                        {"idempotencyKey": "%s"}""".formatted(key));
            }));
        }
        ready.countDown();
        var paymentIds = new ArrayList<Long>();
        for (var f : futures) {
            var response = f.get();
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            paymentIds.add(response.json().get("id").asLong());
        }
        pool.shutdown();
        assertThat(paymentIds).containsOnly(paymentIds.get(0));
        assertThat(payments.gatewayCharges(key)).isEqualTo(1);
        assertThat(payments.of(id)).hasSize(1);
        // a second key after payment returns the same payment, charges nothing
        var again = nurse.post(
                "/api/vaccination/visits/" + id + "/payments",
                """
                {"idempotencyKey": "another-%d"}""".formatted(id));
        assertThat(again.json().get("id").asLong()).isEqualTo(paymentIds.get(0));
        assertThat(payments.gatewayCharges("another-" + id)).isZero();
        // cancelled before vaccination: refunded
        var cancelled = nurse.post("/api/vaccination/visits/" + id + "/cancel", "{}");
        assertThat(cancelled.json().get("state").asString()).isEqualTo("CANCELLED");
        assertThat(payments.of(id).get(0).state()).isEqualTo("REFUNDED");
    }

    @Test
    void twoNursesScanningTheSameCodeAtOnceExactlyOneSucceeds() throws Exception {
        var people = adults(2, 1);
        long first = consentedFluVisit(people.get(0));
        long second = consentedFluVisit(people.get(1));
        String code = freeCode("IIV");
        var ready = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        Callable<ApiClient.Response> scanFirst = () -> {
            ready.await();
            return ApiClient.as(port, "vaccination-nurse")
                    .post(
                            "/api/vaccination/visits/" + first + "/vaccinations",
                            """
                    {"product": "IIV", "traceCode": "%s"}""".formatted(code));
        };
        Callable<ApiClient.Response> scanSecond = () -> {
            ready.await();
            return ApiClient.as(port, "vaccination-nurse")
                    .post(
                            "/api/vaccination/visits/" + second + "/vaccinations",
                            """
                    {"product": "IIV", "traceCode": "%s"}""".formatted(code));
        };
        var a = pool.submit(scanFirst);
        var b = pool.submit(scanSecond);
        ready.countDown();
        var results = List.of(a.get(), b.get());
        pool.shutdown();
        assertThat(results).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 409);
        var refused =
                results.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(refused.json().get("code").asString()).isEqualTo("VACCINATION_TRACE_USED");
        assertThat(refused.json().get("detail").asString()).contains("追溯码已使用");
        assertThat(jdbc.sql("select count(*) from vaccination_record where trace_code = ?")
                        .param(code)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var done = results.stream()
                .filter(r -> r.status() == 200)
                .findFirst()
                .orElseThrow()
                .json();
        assertThat(done.get("state").asString()).isEqualTo("OBSERVING");
        assertThat(done.get("observeUntil").isNull()).isFalse();
    }

    @Test
    void expiredAndQuarantinedLotsAreRefusedNothingRecorded() {
        var people = adults(2, 3);
        long visit = consentedFluVisit(people.get(0));
        var nurse = ApiClient.as(port, "vaccination-nurse");
        String code = freeCode("IIV");
        long lot = jdbc.sql("select lot_id from vaccination_trace_code where code = ?")
                .param(code)
                .query(Long.class)
                .single();
        var expiry = jdbc.sql("select expiry from vaccination_lot where id = ?")
                .param(lot)
                .query(LocalDate.class)
                .single();
        jdbc.sql("update vaccination_lot set expiry = ? where id = ?")
                .params(LocalDate.now(clock).minusDays(1), lot)
                .update();
        var expired = nurse.post(
                "/api/vaccination/visits/" + visit + "/vaccinations",
                """
                {"product": "IIV", "traceCode": "%s"}""".formatted(code));
        jdbc.sql("update vaccination_lot set expiry = ? where id = ?")
                .params(expiry, lot)
                .update();
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.json().get("code").asString()).isEqualTo("VACCINATION_LOT_EXPIRED");
        assertThat(expired.json().get("detail").asString()).contains("已过有效期");

        var fridge = jdbc.sql("select fridge from vaccination_lot where id = ?")
                .param(lot)
                .query(String.class)
                .single();
        var reading = stock.recordTemperature(clinicId(), fridge, new BigDecimal("11.2"), "test");
        assertThat(reading.outOfRange()).isTrue();
        assertThat(reading.quarantined()).isPositive();
        var quarantined = nurse.post(
                "/api/vaccination/visits/" + visit + "/vaccinations",
                """
                {"product": "IIV", "traceCode": "%s"}""".formatted(code));
        assertThat(quarantined.status()).isEqualTo(409);
        assertThat(quarantined.json().get("code").asString()).isEqualTo("VACCINATION_LOT_QUARANTINED");
        assertThat(jdbc.sql("select used_at is null from vaccination_trace_code where code = ?")
                        .param(code)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        // released after assessment: the other tests keep their stock
        jdbc.sql(
                        "select id from vaccination_lot where clinic_id = ? and status = 'QUARANTINED' and quarantine_reason like '%11.2%'")
                .param(clinicId())
                .query(Long.class)
                .list()
                .forEach(id -> stock.release(id, clinicId(), "test"));
    }

    @Test
    void aDoseTheScheduleDoesNotAllowIsRefusedInChinese() {
        long person = adults(1, 5).get(0);
        var nurse = ApiClient.as(port, "vaccination-nurse");
        var boy = nurse.post(
                "/api/vaccination/visits/walk-in",
                """
                {"residentId": %d, "products": ["HepB", "PPSV23"]}""".formatted(person));
        assertThat(boy.status()).isEqualTo(400);
        assertThat(boy.json().get("code").asString()).isEqualTo("VACCINATION_BOOKING_INVALID");
        assertThat(boy.json().get("detail").asString()).contains("乙肝疫苗已超过可接种（补种）年龄");
        assertThat(boy.json().get("detail").asString()).contains("23价肺炎球菌多糖疫苗");
        assertThat(jdbc.sql("select count(*) from vaccination_visit where resident_id = ?")
                        .param(person)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aParentSeesOnlyTheirOwnChildren() {
        var child = jdbc.sql(
                        """
                        select g.child_resident_id from vaccination_guardian g
                        join platform_account a on a.resident_id = g.guardian_resident_id where a.username = 'resident'
                        limit 1""")
                .query(Long.class)
                .single();
        var parent = ApiClient.as(port, "resident");
        assertThat(parent.get("/api/vaccination/people/" + child + "/forecast").status())
                .isEqualTo(200);
        long stranger = adults(1, 6).get(0);
        var refused = parent.get("/api/vaccination/people/" + stranger + "/forecast");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("只能为本人或已绑定的子女办理");
    }
}
