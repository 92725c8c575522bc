package org.regionalhealth.platform.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.regionalhealth.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the audit log online for {@code rhp.platform.security.audit-retention-days} (default 400, never below 183:
 * 《网络安全法》第二十一条 asks for network logs kept no less than six months) and deletes older rows each night.
 * Archiving beyond that (WORM storage, the provincial platform) is the deployment's (docs/security.md).
 */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int days;

    AuditRetention(JdbcClient jdbc, Clock clock, PlatformProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.days = properties.security().auditRetentionDays();
    }

    /** Every night at 02:40, on one node of the cluster. */
    @Scheduled(
            cron = "${rhp.platform.security.audit-retention-cron:0 40 2 * * *}",
            zone = "${rhp.platform.zone:Asia/Shanghai}")
    @SchedulerLock(name = "platform.audit-retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void nightly() {
        deleteExpired();
    }

    int deleteExpired() {
        var cutoff = clock.instant().minus(days, ChronoUnit.DAYS).atOffset(java.time.ZoneOffset.UTC);
        int deleted = jdbc.sql("delete from platform_audit_event where at < ?")
                .param(cutoff)
                .update();
        if (deleted > 0) {
            log.info("Audit retention: deleted {} audit rows older than {} days", deleted, days);
        }
        return deleted;
    }
}
