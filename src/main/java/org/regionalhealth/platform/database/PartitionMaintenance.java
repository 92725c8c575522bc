package org.regionalhealth.platform.database;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.regionalhealth.platform.PartitionedTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps every {@link PartitionedTable} ready and bounded (ADR 0016): at start and each night it creates the monthly
 * partitions of the coming {@code rhp.platform.partitions-ahead} months (default 3), and detaches the whole months
 * that ended more than the table's retention ago into schema {@code archive} ({@code archive.<table>_pYYYYMM}). A
 * detached partition is no longer read by any query; the deployment exports and drops it.
 */
@Component
public class PartitionMaintenance {

    private static final Logger log = LoggerFactory.getLogger(PartitionMaintenance.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMM");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<PartitionedTable> tables;
    private final int monthsAhead;

    PartitionMaintenance(
            JdbcClient jdbc,
            Clock clock,
            List<PartitionedTable> tables,
            @Value("${rhp.platform.partitions-ahead:3}") int monthsAhead) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tables = tables;
        this.monthsAhead = monthsAhead;
    }

    /** At start every node makes sure its months exist (idempotent: a partition that exists is left alone). */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        maintain();
    }

    /** Each night one node of the cluster does it (ADR 0015). */
    @Scheduled(cron = "${rhp.platform.partitions-cron:0 10 3 * * *}", zone = "${rhp.platform.zone:Asia/Shanghai}")
    @SchedulerLock(name = "platform.partition-maintenance", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void nightly() {
        maintain();
    }

    private void maintain() {
        for (PartitionedTable table : tables) {
            try {
                createAhead(table, monthsAhead);
                archiveExpired(table);
            } catch (DataAccessException e) {
                log.error("Partition maintenance of {} failed; it runs again tomorrow", table.table(), e);
            }
        }
    }

    /** Creates the partitions of this month and the next {@code months}; returns the ones it created. */
    public List<String> createAhead(PartitionedTable table, int months) {
        YearMonth current = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        List<String> created = new ArrayList<>();
        for (int i = 0; i <= months; i++) {
            YearMonth month = current.plusMonths(i);
            String name = partitionName(table, month);
            if (!exists(name)) {
                jdbc.sql("create table " + name + " partition of " + table.table() + " for values from ('"
                                + start(month) + "') to ('" + start(month.plusMonths(1)) + "')")
                        .update();
                created.add(name);
            }
        }
        if (!created.isEmpty()) {
            log.info("Partitions created: {}", created);
        }
        return created;
    }

    /**
     * Detaches the partitions whose month ended more than the retention ago and moves them into schema
     * {@code archive}; returns their names.
     */
    public List<String> archiveExpired(PartitionedTable table) {
        LocalDate cutoff = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(table.retentionDays());
        List<String> archived = new ArrayList<>();
        for (String name : partitions(table)) {
            if (!name.matches(".*_p\\d{6}")) {
                continue;
            }
            YearMonth month = YearMonth.parse(name.substring(name.length() - 6), SUFFIX);
            if (!month.plusMonths(1).atDay(1).isAfter(cutoff)) {
                jdbc.sql("create schema if not exists archive").update();
                jdbc.sql("alter table " + table.table() + " detach partition " + name)
                        .update();
                jdbc.sql("alter table " + name + " set schema archive").update();
                archived.add(name);
            }
        }
        if (!archived.isEmpty()) {
            log.info(
                    "Partitions detached into schema archive (older than {} days): {}",
                    table.retentionDays(),
                    archived);
        }
        return archived;
    }

    /** The attached partitions of a table, by name. */
    public List<String> partitions(PartitionedTable table) {
        return jdbc.sql(
                        """
                        select c.relname from pg_inherits i
                        join pg_class c on c.oid = i.inhrelid
                        join pg_class p on p.oid = i.inhparent
                        join pg_namespace n on n.oid = p.relnamespace
                        where p.relname = ? and n.nspname = current_schema()
                        order by c.relname""")
                .param(table.table())
                .query(String.class)
                .list();
    }

    static String partitionName(PartitionedTable table, YearMonth month) {
        return table.table() + "_p" + month.format(SUFFIX);
    }

    private static String start(YearMonth month) {
        return month.atDay(1) + " 00:00:00+00";
    }

    private boolean exists(String name) {
        return jdbc.sql("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                                + " where n.nspname = current_schema() and c.relname = ?")
                        .param(name)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
