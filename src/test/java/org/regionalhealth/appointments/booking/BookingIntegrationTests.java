package org.regionalhealth.appointments.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.appointments.AppointmentFixtures;
import org.regionalhealth.appointments.AppointmentStatus;
import org.regionalhealth.appointments.SessionPeriod;
import org.regionalhealth.appointments.schedule.Notifications;
import org.regionalhealth.appointments.schedule.Schedules;
import org.regionalhealth.appointments.triage.TriageInput;
import org.regionalhealth.appointments.triage.Triages;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@PlatformIntegrationTest
class BookingIntegrationTests {

    @Autowired
    Bookings bookings;

    @Autowired
    Schedules schedules;

    @Autowired
    Notifications notifications;

    @Autowired
    Triages triages;

    @Autowired
    History history;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CurrentUsers users;

    AppointmentFixtures fixtures;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        fixtures = new AppointmentFixtures(schedules, organizations, jdbc, accounts, users);
        admin = fixtures.loginAs("admin");
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void twoThousandConcurrentAttemptsOnTwentySlotsBookExactlyTwenty() throws Exception {
        long session = fixtures.session(fixtures.first(UnitType.HEALTH_CENTRE), "02", 3, 20);
        var residents = fixtures.residents(2000, 0);
        var start = new CountDownLatch(1);
        var booked = new AtomicInteger();
        var refusals = new ConcurrentHashMap<String, AtomicInteger>();
        var pool = Executors.newFixedThreadPool(32);
        var context = SecurityContextHolder.getContext();
        var futures = new ArrayList<Future<?>>();
        for (long resident : residents) {
            futures.add(pool.submit(() -> {
                SecurityContextHolder.setContext(context);
                start.await();
                try {
                    bookings.bookNext(session, resident, null, admin);
                    booked.incrementAndGet();
                } catch (PlatformException e) {
                    refusals.computeIfAbsent(e.code(), k -> new AtomicInteger()).incrementAndGet();
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            }));
        }
        start.countDown();
        for (var f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(booked.get()).isEqualTo(20);
        // every other attempt was refused as full (or, for a demo resident already holding bookings, by a limit)
        assertThat(refusals.values().stream().mapToInt(AtomicInteger::get).sum())
                .isEqualTo(1980);
        assertThat(refusals.keySet())
                .allMatch(code -> code.equals("APPOINTMENT_SESSION_FULL") || code.startsWith("APPOINTMENT_LIMIT_"));
        assertThat(refusals.get("APPOINTMENT_SESSION_FULL").get()).isGreaterThan(1900);
        var rows = jdbc.sql(
                        "select count(*), count(distinct slot_id), count(distinct resident_id) from appointments_appointment where session_id = ?")
                .param(session)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        assertThat(rows).containsExactly(20, 20, 20);
        assertThat(jdbc.sql(
                                "select count(*) from appointments_slot where session_id = ? and status = 'BOOKED' and appointment_id is not null")
                        .param(session)
                        .query(Long.class)
                        .single())
                .isEqualTo(20);
    }

    @Test
    void aSlotTakenIsRefusedAndNothingIsWritten() {
        long session = fixtures.session(fixtures.first(UnitType.HEALTH_CENTRE), "02", 2, 3);
        var two = fixtures.residents(2, 2100);
        var first = bookings.bookNext(session, two.get(0), null, admin);
        assertThatThrownBy(() -> bookings.book(first.slotId(), two.get(1), null, admin))
                .isInstanceOf(PlatformException.class)
                .hasFieldOrPropertyWithValue("code", "APPOINTMENT_SLOT_TAKEN");
        assertThatThrownBy(() -> bookings.bookNext(session, two.get(0), null, admin))
                .hasFieldOrPropertyWithValue("code", "APPOINTMENT_DUPLICATE");
        assertThat(jdbc.sql("select count(*) from appointments_appointment where session_id = ?")
                        .param(session)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void perDepartmentAndPerDayLimits() {
        var centre = fixtures.first(UnitType.HEALTH_CENTRE);
        var hospital = fixtures.first(UnitType.HOSPITAL);
        LocalDate day = LocalDate.now().plusDays(4);
        long gpMorning = fixtures.session(centre, "02", day, SessionPeriod.MORNING, 5);
        long gpAfternoon = fixtures.session(centre, "02", day, SessionPeriod.AFTERNOON, 5);
        long dental = fixtures.session(centre, "12", day, SessionPeriod.MORNING, 5);
        long eyes = fixtures.session(hospital, "10", day, SessionPeriod.AFTERNOON, 50);
        long resident = fixtures.residents(1, 2200).get(0);
        bookings.bookNext(gpMorning, resident, null, admin);
        assertThatThrownBy(() -> bookings.bookNext(gpAfternoon, resident, null, admin))
                .hasFieldOrPropertyWithValue("code", "APPOINTMENT_LIMIT_DEPARTMENT");
        bookings.bookNext(dental, resident, null, admin);
        assertThatThrownBy(() -> bookings.bookNext(eyes, resident, null, admin))
                .hasFieldOrPropertyWithValue("code", "APPOINTMENT_LIMIT_DAY");
    }

    @Test
    void theWaitlistGetsAFreedSlotInOrderOfJoining() {
        long session = fixtures.session(fixtures.first(UnitType.HEALTH_CENTRE), "50", 5, 2);
        var r = fixtures.residents(4, 2300);
        var a = bookings.bookNext(session, r.get(0), null, admin);
        bookings.bookNext(session, r.get(1), null, admin);
        assertThatThrownBy(() -> bookings.bookNext(session, r.get(2), null, admin))
                .hasFieldOrPropertyWithValue("code", "APPOINTMENT_SESSION_FULL");
        bookings.joinWaitlist(session, r.get(2), admin);
        bookings.joinWaitlist(session, r.get(3), admin);
        bookings.cancel(a.id(), admin);
        var c = jdbc.sql(
                        "select status, appointment_id from appointments_waitlist where session_id = ? order by created_at, id")
                .param(session)
                .query((rs, n) -> rs.getString(1))
                .list();
        assertThat(c).containsExactly("BOOKED", "WAITING");
        var third = bookings.ofResident(r.get(2), 0, 10).items().stream()
                .filter(x -> x.sessionId() == session)
                .findFirst()
                .orElseThrow();
        assertThat(third.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(third.slotId()).isEqualTo(a.slotId());
        assertThat(notifications.latest(r.get(2), 5)).anyMatch(n -> n.kind().equals("WAITLIST_BOOKED"));
        assertThatThrownBy(() -> bookings.joinWaitlist(session, r.get(1), admin))
                .hasFieldOrPropertyWithValue("code", "APPOINTMENT_DUPLICATE");
        assertThatThrownBy(() -> bookings.joinWaitlist(session, r.get(3), admin))
                .hasFieldOrPropertyWithValue("code", "APPOINTMENT_WAITLIST_LIMIT");
    }

    @Test
    void threeNoShowsSuspendOnlineBooking() {
        var centre = fixtures.first(UnitType.HEALTH_CENTRE);
        long resident = fixtures.residents(1, 2400).get(0);
        for (int i = 1; i <= 3; i++) {
            long past = fixtures.session(centre, "02", LocalDate.now().minusDays(i * 10L), SessionPeriod.MORNING, 5);
            history.write(
                    past,
                    List.of(new History.Entry(
                            past, 1, resident, AppointmentStatus.NO_SHOW, Instant.now(), null, null, null, null)));
        }
        long next = fixtures.session(centre, "02", 3, 5);
        assertThatThrownBy(() -> bookings.bookNext(next, resident, null, fixtures.asResident(resident)))
                .isInstanceOf(PlatformException.class)
                .hasFieldOrPropertyWithValue("code", "APPOINTMENT_SUSPENDED")
                .hasMessageContaining("暂停至");
        // staff at the window may still book for the resident
        assertThat(bookings.bookNext(next, resident, null, admin).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void cancellationClosesTheDayBeforeAndStaffStopNotifiesTheBooked() {
        var centre = fixtures.first(UnitType.HEALTH_CENTRE);
        long today = fixtures.session(centre, "02", LocalDate.now(), SessionPeriod.EVENING, 3);
        long later = fixtures.session(centre, "07", 6, 3);
        var r = fixtures.residents(2, 2500);
        if (Instant.now()
                .isBefore(jdbc.sql("select ends_at from appointments_session where id = ?")
                        .param(today)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant())) {
            var a = bookings.bookNext(today, r.get(0), null, admin);
            assertThatThrownBy(() -> bookings.cancel(a.id(), admin))
                    .hasFieldOrPropertyWithValue("code", "APPOINTMENT_CANCEL_DEADLINE");
        }
        var b = bookings.bookNext(later, r.get(1), null, admin);
        schedules.stop(later, "医生外出会诊", null, admin);
        assertThat(bookings.require(b.id()).status()).isEqualTo(AppointmentStatus.STOPPED);
        assertThat(notifications.latest(r.get(1), 5))
                .anyMatch(n -> n.kind().equals("STOPPED") && n.text().contains("停诊"));
        assertThatThrownBy(() -> bookings.bookNext(later, r.get(0), null, admin))
                .hasFieldOrPropertyWithValue("code", "APPOINTMENT_SESSION_STOPPED");
    }

    @Test
    void aRedFlagTriageNeverBooks() {
        long resident = fixtures.residents(1, 2600).get(0);
        var user = fixtures.asResident(resident);
        var advice = triages.triage(TriageInput.text("胸口压榨样疼出冷汗"), user);
        assertThat(advice.result().emergency()).isTrue();
        assertThat(advice.slots()).isEmpty();
        assertThat(advice.emergencyDepartments()).isNotEmpty();
        long session = fixtures.session(fixtures.first(UnitType.HEALTH_CENTRE), "02", 2, 3);
        assertThatThrownBy(() -> bookings.bookNext(session, resident, advice.id(), user))
                .hasFieldOrPropertyWithValue("code", "APPOINTMENT_TRIAGE_RED_FLAG");
        assertThat(jdbc.sql("select reasoning from appointments_triage where id = ?")
                        .param(advice.id())
                        .query(String.class)
                        .single())
                .contains("胸痛基层诊疗指南");
    }

    @Test
    void aChildWithFeverIsOfferedPaediatricSlotsAndOneTapBooks() {
        long resident = fixtures.residents(1, 2700).get(0);
        var user = fixtures.asResident(resident);
        var advice = triages.triage(TriageInput.text("孩子发烧38度5咳嗽两天"), user);
        assertThat(advice.result().departmentCode()).isEqualTo("07");
        assertThat(advice.slots()).isNotEmpty().allMatch(s -> s.departmentCode().equals("07"));
        var booked = bookings.book(advice.slots().get(0).slotId(), resident, advice.id(), user);
        assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(booked.departmentName()).isEqualTo("儿科");
    }
}
