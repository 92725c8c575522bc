package org.regionalhealth.platform.cluster;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every {@code @Scheduled} job of the platform runs once per cluster (docs/scale-out.md): each carries
 * {@code @SchedulerLock} with its own name and lock times, and the node that takes the job's row in
 * {@code platform_shedlock} runs it while the others skip that turn. Times are the database's, so nodes whose clocks
 * differ still agree. {@code lockAtMostFor} frees a job whose node died mid-run; {@code lockAtLeastFor} keeps a short
 * job from running again on a node whose clock fires a moment later.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ClusterSchedulingConfiguration {

    static final String TABLE = "platform_shedlock";

    @Bean
    LockProvider lockProvider(DataSource dataSource, ClusterNode node) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName(TABLE)
                .withLockedByValue(node.id())
                .usingDbTime()
                .build());
    }
}
