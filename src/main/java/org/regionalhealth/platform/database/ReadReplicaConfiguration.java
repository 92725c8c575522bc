package org.regionalhealth.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import org.regionalhealth.platform.PlatformProperties;
import org.regionalhealth.platform.ReportingDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@link ReportingDatabase}: a small read-only connection pool on {@code rhp.platform.read-replica.url} when set,
 * else the primary's {@link JdbcClient}. The replica's pool is no {@code DataSource} bean, so Spring Boot's primary
 * data source, Flyway and the transaction manager stay on the primary.
 */
@Configuration(proxyBeanMethods = false)
class ReadReplicaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReadReplicaConfiguration.class);

    @Bean(destroyMethod = "close")
    ReadReplica reportingDatabase(PlatformProperties properties, JdbcClient primary) {
        var settings = properties.readReplica();
        if (settings.url().isBlank()) {
            return new ReadReplica(primary, null);
        }
        var pool = new HikariDataSource();
        pool.setPoolName("rhp-read-replica");
        pool.setJdbcUrl(settings.url());
        if (!settings.username().isBlank()) {
            pool.setUsername(settings.username());
            pool.setPassword(settings.password());
        }
        pool.setReadOnly(true);
        // PostgreSQL's driver makes a read-only connection read-only in autocommit too (its default only in
        // transactions): a write sent to the replica pool by mistake fails even when it points at the primary
        pool.addDataSourceProperty("readOnlyMode", "always");
        pool.setMaximumPoolSize(settings.maxPoolSize());
        pool.setMinimumIdle(1);
        log.info(
                "Dashboards and supervision read from the replica {}",
                settings.url().replaceAll("\\?.*", ""));
        return new ReadReplica(JdbcClient.create(pool), pool);
    }

    static final class ReadReplica implements ReportingDatabase, AutoCloseable {

        private final JdbcClient jdbc;
        private final HikariDataSource pool;

        ReadReplica(JdbcClient jdbc, HikariDataSource pool) {
            this.jdbc = jdbc;
            this.pool = pool;
        }

        @Override
        public JdbcClient jdbc() {
            return jdbc;
        }

        @Override
        public boolean replica() {
            return pool != null;
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.close();
            }
        }
    }
}
