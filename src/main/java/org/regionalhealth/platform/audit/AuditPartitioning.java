package org.regionalhealth.platform.audit;

import org.regionalhealth.platform.PartitionedTable;
import org.regionalhealth.platform.PlatformProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit log is partitioned by month on {@code at} (platform V5, ADR 0016): months past the audit retention are
 * detached whole; {@link AuditRetention} still deletes the expired rows of the partly expired month.
 */
@Configuration(proxyBeanMethods = false)
class AuditPartitioning {

    @Bean
    PartitionedTable auditEventPartitions(PlatformProperties properties) {
        return new PartitionedTable(
                "platform_audit_event", properties.security().auditRetentionDays());
    }
}
