package org.regionalhealth.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.regionalhealth.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 inside the JVM when no external database is configured (docs/adr/0004).
 *
 * <p>Active only while {@code spring.datasource.url} is empty: setting it (for example through
 * {@code SPRING_DATASOURCE_URL}) switches the platform to any external PostgreSQL 15+.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PlatformProperties properties) throws IOException {
        var settings = properties.embeddedDatabase();
        Path dataDir = Path.of(settings.dataDirectory()).toAbsolutePath();
        Files.createDirectories(dataDir.getParent());
        log.info("Starting embedded PostgreSQL with data in {} (kept between runs: {})", dataDir, !settings.clean());
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(settings.clean())
                .setPort(settings.port())
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "16MB")
                // zonky's own shutdown hook races Spring's and stalls JVM exit by 30 s: Spring closes it instead
                .setRegisterShutdownHook(false)
                .start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create()
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
    }
}
