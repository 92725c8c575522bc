package org.regionalhealth.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.appointments.booking.Bookings;
import org.regionalhealth.appointments.schedule.Schedules;
import org.regionalhealth.appointments.triage.TriageInput;
import org.regionalhealth.appointments.triage.Triages;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Release-time rush and triage latency on the shared test context (real embedded PostgreSQL). Not part of verify:
 * {@code ./mvnw -o test -Dtest=AppointmentsBenchmark -Dspotless.check.skip=true}; figures in docs/benchmarks.md and
 * {@code target/appointments-benchmark.txt}.
 */
@PlatformIntegrationTest
class AppointmentsBenchmark {

    @Autowired
    Bookings bookings;

    @Autowired
    Triages triages;

    @Autowired
    Schedules schedules;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CurrentUsers users;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void releaseTimeRushOfOneThousandResidentsForOnePopularSession() throws Exception {
        var fixtures = new AppointmentFixtures(schedules, organizations, jdbc, accounts, users);
        var admin = fixtures.loginAs("admin");
        var hospital = fixtures.first(UnitType.HEALTH_CENTRE);
        long session = fixtures.session(hospital, "07", 5, 100);
        var residents = fixtures.residents(1000, 1000);
        var context = SecurityContextHolder.getContext();
        var pool = Executors.newFixedThreadPool(32);
        var start = new CountDownLatch(1);
        long[] nanos = new long[residents.size()];
        var booked = new AtomicInteger();
        var futures = new ArrayList<Future<?>>();
        for (int i = 0; i < residents.size(); i++) {
            int n = i;
            long resident = residents.get(i);
            futures.add(pool.submit(() -> {
                SecurityContextHolder.setContext(context);
                start.await();
                long t0 = System.nanoTime();
                try {
                    bookings.bookNext(session, resident, null, admin);
                    booked.incrementAndGet();
                } catch (PlatformException refused) {
                    // full: the expected answer for 900 of them
                } finally {
                    nanos[n] = System.nanoTime() - t0;
                    SecurityContextHolder.clearContext();
                }
                return null;
            }));
        }
        long wall = System.nanoTime();
        start.countDown();
        for (var f : futures) {
            f.get();
        }
        wall = System.nanoTime() - wall;
        pool.shutdown();
        long rows = jdbc.sql("select count(*) from appointments_appointment where session_id = ?")
                .param(session)
                .query(Long.class)
                .single();
        report("rush: 1000 residents, 100 slots, 32 threads: booked " + booked.get() + ", rows " + rows + ", wall "
                + wall / 1_000_000 + " ms, " + percentiles(nanos));
        assertThat(booked.get()).isEqualTo(100);
        assertThat(rows).isEqualTo(100);
    }

    @Test
    void triageLatencyInProcess() throws Exception {
        var fixtures = new AppointmentFixtures(schedules, organizations, jdbc, accounts, users);
        fixtures.loginAs("admin");
        var texts = List.of(
                "孩子发烧38度5咳嗽两天", "胸口压榨样疼出冷汗", "拉肚子一天了", "牙疼了三天", "老人突然口角歪斜说话不清", "血压高头晕", "咳嗽有痰一周", "宝宝2个月大，发烧38度");
        var engine = triages.engine();
        for (int i = 0; i < 20_000; i++) {
            engine.triage(TriageInput.text(texts.get(i % texts.size())));
        }
        long[] rules = new long[20_000];
        for (int i = 0; i < rules.length; i++) {
            long t0 = System.nanoTime();
            engine.triage(TriageInput.text(texts.get(i % texts.size())));
            rules[i] = System.nanoTime() - t0;
        }
        report("triage rules (engine only), 20,000 calls: " + percentiles(rules));
        long resident = fixtures.residents(1, 2900).get(0);
        var user = fixtures.asResident(resident);
        for (int i = 0; i < 50; i++) {
            triages.triage(TriageInput.text(texts.get(i % texts.size())), user);
        }
        long[] full = new long[500];
        for (int i = 0; i < full.length; i++) {
            long t0 = System.nanoTime();
            triages.triage(TriageInput.text(texts.get(i % texts.size())), user);
            full[i] = System.nanoTime() - t0;
        }
        report("triage with log and slot search (Triages.triage), 500 calls: " + percentiles(full));
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                "p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private static void report(String line) throws Exception {
        System.out.println("BENCHMARK " + line);
        Files.writeString(
                Path.of("target/appointments-benchmark.txt"),
                line + System.lineSeparator(),
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
