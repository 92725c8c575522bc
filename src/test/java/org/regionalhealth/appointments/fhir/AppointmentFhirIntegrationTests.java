package org.regionalhealth.appointments.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ApiClient;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.appointments.SessionPeriod;
import org.regionalhealth.appointments.schedule.NewSession;
import org.regionalhealth.appointments.schedule.Schedules;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.DataScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * FHIR R4 Schedule, Slot and Appointment (issue 18): search and read of a department's schedule and free slots,
 * booking by POST with the page's guarantee (concurrent requests on a few slots book each slot once), cancel and
 * bad requests answered with a Chinese problem and nothing written.
 */
@PlatformIntegrationTest
class AppointmentFhirIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Schedules schedules;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    /** An outpatient 眼科 session at the first hospital, released (three days ahead), with its own doctor. */
    long session(int capacity, int doctor) {
        var root = organizations.root();
        var hospital = organizations
                .search(
                        new UnitQuery(UnitType.HOSPITAL, null, null, null),
                        new DataScope(root.id(), root.path(), java.util.Optional.empty()),
                        0,
                        1)
                .items()
                .get(0);
        return schedules
                .plan(new NewSession(
                        hospital.id(),
                        "10",
                        "OUTPATIENT",
                        900_000_000L + doctor + System.nanoTime() % 1_000_000,
                        "接口测试医生",
                        "主治医师",
                        LocalDate.now(clock).plusDays(3),
                        SessionPeriod.AFTERNOON,
                        capacity,
                        10,
                        1200))
                .orElseThrow();
    }

    List<Long> residents(int count, int offset) {
        return jdbc.sql("select id from residents_resident order by id limit ? offset ?")
                .params(count, offset)
                .query(Long.class)
                .list();
    }

    static String booking(long slot, long patient) {
        return """
                {"resourceType":"Appointment","status":"booked","slot":[{"reference":"Slot/%d"}],
                 "participant":[{"actor":{"reference":"Patient/%d"},"status":"accepted"}]}"""
                .formatted(slot, patient);
    }

    @Test
    void aDepartmentsScheduleAndFreeSlotsAreSearchsetBundles() {
        long session = session(4, 1);
        var his = ApiClient.as(port, "his");
        var day = LocalDate.now(clock).plusDays(3);

        var schedules = his.get("/fhir/Schedule?service-type=10&date=" + day);
        assertThat(schedules.status()).as(schedules.body()).isEqualTo(200);
        assertThat(schedules.contentType()).startsWith("application/fhir+json");
        var bundle = schedules.json();
        assertThat(bundle.get("type").asString()).isEqualTo("searchset");
        assertThat(bundle.toString()).contains("\"id\":\"" + session + "\"", "眼科", "接口测试医生");

        var schedule = his.get("/fhir/Schedule/" + session).json();
        assertThat(schedule.get("resourceType").asString()).isEqualTo("Schedule");
        assertThat(schedule.get("active").asBoolean()).isTrue();
        assertThat(schedule.get("serviceType")
                        .get(0)
                        .get("coding")
                        .get(0)
                        .get("code")
                        .asString())
                .isEqualTo("10");

        var slots = his.get("/fhir/Slot?schedule=Schedule/" + session + "&status=free")
                .json();
        assertThat(slots.get("total").asInt()).isEqualTo(4);
        var first = slots.get("entry").get(0).get("resource");
        assertThat(first.get("resourceType").asString()).isEqualTo("Slot");
        assertThat(first.get("status").asString()).isEqualTo("free");
        assertThat(first.get("schedule").get("reference").asString()).isEqualTo("Schedule/" + session);

        var byDepartment = his.get("/fhir/Slot?service-type=10&start=" + day + "&status=free&_count=200")
                .json();
        assertThat(byDepartment.toString()).contains("Schedule/" + session);

        long slotId = first.get("id").asLong();
        assertThat(his.get("/fhir/Slot/" + slotId).json().get("status").asString())
                .isEqualTo("free");
    }

    @Test
    void concurrentBookingsOfTheSameSlotsBookEachSlotOnce() throws Exception {
        long session = session(4, 2);
        var free = ApiClient.as(port, "admin")
                .get("/fhir/Slot?schedule=Schedule/" + session + "&status=free")
                .json();
        List<Long> slotIds = new ArrayList<>();
        free.get("entry").forEach(e -> slotIds.add(e.get("resource").get("id").asLong()));
        assertThat(slotIds).hasSize(4);
        var patients = residents(30, 2940);
        var start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(10);
        try {
            for (int i = 0; i < patients.size(); i++) {
                long slot = slotIds.get(i % slotIds.size());
                long patient = patients.get(i);
                results.add(pool.submit(() -> {
                    start.await();
                    return ApiClient.as(port, "admin")
                            .post("/fhir/Appointment", booking(slot, patient), "application/fhir+json")
                            .status();
                }));
            }
            start.countDown();
            int created = 0;
            for (var r : results) {
                int status = r.get();
                assertThat(status).isIn(201, 409);
                created += status == 201 ? 1 : 0;
            }
            assertThat(created).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        long live = jdbc.sql(
                        "select count(distinct slot_id) from appointments_appointment where session_id = ? and status = 'BOOKED'")
                .param(session)
                .query(Long.class)
                .single();
        long rows = jdbc.sql("select count(*) from appointments_appointment where session_id = ?")
                .param(session)
                .query(Long.class)
                .single();
        assertThat(live).isEqualTo(4);
        assertThat(rows).isEqualTo(4);
        assertThat(ApiClient.as(port, "his")
                        .get("/fhir/Slot?schedule=Schedule/" + session + "&status=busy")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(4);
    }

    @Test
    void anAppointmentIsBookedReadSearchedAndCancelled() {
        long session = session(3, 3);
        var admin = ApiClient.as(port, "admin");
        long slot = admin.get("/fhir/Slot?schedule=Schedule/" + session + "&status=free")
                .json()
                .get("entry")
                .get(0)
                .get("resource")
                .get("id")
                .asLong();
        long patient = residents(1, 2975).get(0);

        var created = admin.post("/fhir/Appointment", booking(slot, patient), "application/fhir+json");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var appointment = created.json();
        assertThat(appointment.get("status").asString()).isEqualTo("booked");
        assertThat(appointment.get("slot").get(0).get("reference").asString()).isEqualTo("Slot/" + slot);
        long id = appointment.get("id").asLong();

        var again =
                admin.post("/fhir/Appointment", booking(slot, residents(1, 2976).get(0)), "application/fhir+json");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("APPOINTMENT_SLOT_TAKEN");

        assertThat(admin.get("/fhir/Appointment/" + id).json().get("id").asString())
                .isEqualTo(String.valueOf(id));
        assertThat(admin.get("/fhir/Appointment?patient=Patient/" + patient)
                        .json()
                        .toString())
                .contains("\"id\":\"" + id + "\"");

        var cancelled = admin.put(
                "/fhir/Appointment/" + id,
                "{\"resourceType\":\"Appointment\",\"id\":\"" + id + "\",\"status\":\"cancelled\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("cancelled");
        assertThat(admin.get("/fhir/Slot/" + slot).json().get("status").asString())
                .isEqualTo("free");
    }

    @Test
    void badRequestsAreChineseProblemsAndWriteNothing() {
        long session = session(2, 4);
        var admin = ApiClient.as(port, "admin");
        long before = jdbc.sql("select count(*) from appointments_appointment")
                .query(Long.class)
                .single();

        var notFhir = admin.post("/fhir/Appointment", "{\"resourceType\":\"Patient\"}", "application/fhir+json");
        assertThat(notFhir.status()).isEqualTo(400);
        var noSlot = admin.post(
                "/fhir/Appointment",
                "{\"resourceType\":\"Appointment\",\"status\":\"booked\",\"participant\":[{\"actor\":{\"reference\":\"Patient/1\"},\"status\":\"accepted\"}]}",
                "application/fhir+json");
        assertThat(noSlot.status()).isEqualTo(400);
        assertThat(noSlot.body()).contains("号源");
        var unknownSlot = admin.post("/fhir/Appointment", booking(999_999_999L, 1), "application/fhir+json");
        assertThat(unknownSlot.status()).isEqualTo(404);
        var badDepartment = admin.get("/fhir/Slot?service-type=99&start=2026-01-01");
        assertThat(badDepartment.status()).isEqualTo(400);
        assertThat(badDepartment.body()).contains("诊疗科目");
        var noFilter = admin.get("/fhir/Slot");
        assertThat(noFilter.status()).isEqualTo(400);
        var badStatus = admin.get("/fhir/Slot?schedule=Schedule/" + session + "&status=open");
        assertThat(badStatus.status()).isEqualTo(400);

        long after = jdbc.sql("select count(*) from appointments_appointment")
                .query(Long.class)
                .single();
        assertThat(after).isEqualTo(before);
    }
}
