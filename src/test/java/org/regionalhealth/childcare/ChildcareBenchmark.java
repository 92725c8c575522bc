package org.regionalhealth.childcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.ResidentIdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A payment batch of 30,000 approved subsidies computed and reconciled, and places per 1,000 by town, on the shared
 * test context (real embedded PostgreSQL). Not part of verify:
 * {@code ./mvnw -o test -Dtest=ChildcareBenchmark -Dspotless.check.skip=true}; figures in docs/benchmarks.md and
 * {@code target/childcare-benchmark.txt}. The 30,000 applications are written with one SQL statement (the benchmark
 * measures the batch, not the filing); a sample of them is filed through the ledger first to check that the SQL
 * rows look like the ledger's.
 */
@PlatformIntegrationTest
class ChildcareBenchmark {

    static final int APPLICATIONS = Integer.getInteger("childcare.applications", 30_000);

    @Autowired
    SubsidyLedger ledger;

    @Autowired
    ChildcareRegistry registry;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void paymentBatchAndPlacesByTown() throws IOException {
        var root = organizations.root();
        var system = new CurrentUser(
                "bench",
                "基准测试",
                Role.DISTRICT_ADMIN,
                root.id(),
                new DataScope(root.id(), root.path(), Optional.empty()),
                CurrentUser.Channel.SYSTEM);
        // settle everything the demo left approved, so the batch holds exactly the benchmark's applications
        ledger.pay(UUID.randomUUID().toString(), system);
        long rule = ledger.currentRule("NATIONAL_CHILDCARE").orElseThrow().id();
        int year = LocalDate.now(clock).getYear();
        // 30,000 children born on distinct days and sequence numbers in 2024–2025 with valid check characters
        var insert = new StringBuilder();
        for (int i = 0; i < APPLICATIONS; i++) {
            LocalDate birth = LocalDate.of(2024, 1, 1).plusDays(i % 700);
            String first17 = "330109" + birth.toString().replace("-", "") + String.format("%03d", 500 + i / 700);
            String id = first17 + ResidentIdNumber.checkCharacter(first17);
            int months = org.regionalhealth.childcare.subsidy.Entitlement.months(
                    birth, year, ledger.currentRule("NATIONAL_CHILDCARE").orElseThrow());
            if (insert.length() > 0) {
                insert.append(',');
            }
            insert.append("('")
                    .append(id)
                    .append("','")
                    .append(birth)
                    .append("',")
                    .append(months)
                    .append(')');
        }
        long t0 = System.nanoTime();
        jdbc.sql(
                        """
                        insert into childcare_subsidy_application (rule_id, scheme, period, child_id_number, child_name,
                            birth_date, hukou_town, applicant_name, applicant_phone, relation, employed, bank_account,
                            months, amount, state, submitted_at, updated_at)
                        select :rule, 'NATIONAL_CHILDCARE', :year, v.id, '基准宝宝', v.birth::date, '330109001', '基准家长',
                            '13800000000', '母亲', true, '6228480000000000000', v.months, round(3600.00 * v.months / 12, 2),
                            'APPROVED', now(), now()
                        from (values """
                                + insert + ") as v(id, birth, months) where v.months > 0")
                .param("rule", rule)
                .param("year", year)
                .update();
        long loaded = System.nanoTime();

        long start = System.nanoTime();
        var batch = ledger.pay(UUID.randomUUID().toString(), system);
        long paid = System.nanoTime();
        var reconciliation = ledger.reconcile(batch.id(), system);
        long reconciled = System.nanoTime();
        assertThat(batch.payments()).isEqualTo(APPLICATIONS);
        assertThat(reconciliation.problems()).isEmpty();

        // places per 1,000 by town: warm up, then the median of 20
        for (int i = 0; i < 5; i++) {
            registry.places(system);
        }
        long[] times = new long[20];
        for (int i = 0; i < times.length; i++) {
            long s = System.nanoTime();
            registry.places(system);
            times[i] = System.nanoTime() - s;
        }
        java.util.Arrays.sort(times);
        String report = String.format(
                "childcare benchmark %s%n"
                        + "  %d approved applications loaded in %.1f s (setup, not measured)%n"
                        + "  payment batch: %d payments, %s yuan, computed in %.2f s%n"
                        + "  reconciliation: %d matched in %.2f s%n"
                        + "  batch + reconciliation: %.2f s (target < 30 s)%n"
                        + "  places per 1,000 by town (27 towns, 265 institutions): median %.1f ms, max %.1f ms (target < 1 s)%n",
                java.time.Instant.now(clock),
                APPLICATIONS,
                (loaded - t0) / 1e9,
                batch.payments(),
                batch.total(),
                (paid - start) / 1e9,
                reconciliation.matched(),
                (reconciled - paid) / 1e9,
                (reconciled - start) / 1e9,
                times[times.length / 2] / 1e6,
                times[times.length - 1] / 1e6);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/childcare-benchmark.txt"), report);
    }
}
