package org.regionalhealth.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.regionalhealth.PlatformIntegrationTest;
import org.regionalhealth.platform.PartitionedTable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Monthly partitions of the audit log and the review ledger: made by the migrations, kept ahead, archived. */
@PlatformIntegrationTest
class PartitionMaintenanceIntegrationTests {

    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMM");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PartitionMaintenance maintenance;

    private YearMonth thisMonth() {
        return YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
    }

    @Test
    void theAuditLogTheReviewEventsAndTheFindingsArePartitionedByMonthWithTheComingMonthsReady() {
        for (String table :
                new String[] {"platform_audit_event", "prescriptionreview_review_event", "prescriptionreview_finding"
                }) {
            assertThat(jdbc.sql("select relkind::text from pg_class where relname = ?")
                            .param(table)
                            .query(String.class)
                            .single())
                    .as(table)
                    .isEqualTo("p");
            var partitions = maintenance.partitions(new PartitionedTable(table, 400));
            for (int i = 0; i <= 3; i++) {
                assertThat(partitions)
                        .contains(table + "_p" + thisMonth().plusMonths(i).format(SUFFIX));
            }
            assertThat(partitions).contains(table + "_default");
        }
        // the demo's audit rows of today are in this month's partition, none in the parent itself
        assertThat(jdbc.sql("select count(*) from platform_audit_event_p"
                                + thisMonth().format(SUFFIX))
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from only platform_audit_event")
                        .query(Long.class)
                        .single())
                .isZero();
        // the demo year's review events spread over the months' partitions, not into the default one
        assertThat(jdbc.sql("select count(*) from prescriptionreview_review_event_default")
                        .query(Long.class)
                        .single())
                .isZero();
        // the findings of the demo year too, each in the month its prescription was screened
        assertThat(jdbc.sql("select count(*) from prescriptionreview_finding_default")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                """
                        select count(*) from prescriptionreview_finding f
                        join prescriptionreview_prescription p on p.id = f.prescription_id
                        where f.opened_revision = 1
                          and f.opened_at <> p.screened_at
                          and p.revision = 1""")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void comingMonthsAreCreatedAndMonthsPastTheRetentionDetachedIntoTheArchive() {
        jdbc.sql("drop table if exists platform_partition_probe cascade").update();
        jdbc.sql("create table platform_partition_probe (id bigint, at timestamptz not null) partition by range (at)")
                .update();
        try {
            var probe = new PartitionedTable("platform_partition_probe", 183);
            assertThat(maintenance.createAhead(probe, 2)).hasSize(3);
            assertThat(maintenance.createAhead(probe, 2)).isEmpty();
            // two old months: one ended about seven months ago (past 183 days), one about four months ago (kept)
            YearMonth old = thisMonth().minusMonths(8);
            YearMonth recent = thisMonth().minusMonths(5);
            for (YearMonth month : new YearMonth[] {old, recent}) {
                jdbc.sql("create table platform_partition_probe_p" + month.format(SUFFIX)
                                + " partition of platform_partition_probe for values from ('" + month.atDay(1)
                                + " 00:00:00+00') to ('" + month.plusMonths(1).atDay(1) + " 00:00:00+00')")
                        .update();
            }
            jdbc.sql("insert into platform_partition_probe values (1, ?)")
                    .param(old.atDay(15).atStartOfDay().atOffset(ZoneOffset.UTC))
                    .update();

            assertThat(maintenance.archiveExpired(probe))
                    .containsExactly("platform_partition_probe_p" + old.format(SUFFIX));

            assertThat(maintenance.partitions(probe))
                    .contains("platform_partition_probe_p" + recent.format(SUFFIX))
                    .doesNotContain("platform_partition_probe_p" + old.format(SUFFIX));
            assertThat(jdbc.sql("select count(*) from platform_partition_probe")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("select count(*) from archive.platform_partition_probe_p" + old.format(SUFFIX))
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            jdbc.sql("drop table if exists platform_partition_probe cascade").update();
            jdbc.sql("drop table if exists archive.platform_partition_probe_p"
                            + thisMonth().minusMonths(8).format(SUFFIX))
                    .update();
        }
    }

    @Test
    void aPartitionedTableKeepsAtLeastSixMonths() {
        assertThatThrownBy(() -> new PartitionedTable("platform_audit_event", 182))
                .hasMessageContaining("183");
        assertThatThrownBy(() -> new PartitionedTable("x; drop table y", 400)).hasMessageContaining("table name");
    }
}
