package org.regionalhealth.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.regionalhealth.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 inside the JVM when no external database is configured (docs/adr/0004), durable and behind a
 * password (docs/security.md):
 *
 * <ul>
 *   <li>{@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on: an acknowledged write survives a
 *       killed process or a power cut (the embedded driver's defaults turn the first two off);
 *   <li>the superuser has a generated password, kept beside the data directory in {@code <dir>.secret} (mode 600),
 *       and {@code pg_hba.conf} asks every connection for it by SCRAM-SHA-256 on loopback only, replication
 *       refused. A data directory created by an earlier version (trust) is upgraded on its first start.
 * </ul>
 *
 * <p>Active only while {@code spring.datasource.url} is empty: setting it (for example through
 * {@code SPRING_DATASOURCE_URL}) switches the platform to any external PostgreSQL 15+.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    static final String PG_HBA =
            """
            # Written by the platform (docs/security.md): every connection proves the password, loopback only,
            # no standby or backup streaming from here.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PlatformProperties properties) throws IOException {
        var settings = properties.embeddedDatabase();
        Path dataDir = Path.of(settings.dataDirectory()).toAbsolutePath();
        Files.createDirectories(dataDir.getParent());
        String password = secret(secretFile(dataDir));
        AtomicBoolean trusting = new AtomicBoolean();
        log.info("Starting embedded PostgreSQL with data in {} (kept between runs: {})", dataDir, !settings.clean());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(settings.clean())
                .setPort(settings.port())
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "16MB")
                // durability: these come after the driver's own "-F" (fsync off) on the command line and win
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", password)
                // after initdb (which writes "trust"), before the server starts
                .setDataDirectoryCustomizer(dir -> trusting.set(!passwordRequired(dir.toPath())))
                // zonky's own shutdown hook races Spring's and stalls JVM exit by 30 s: Spring closes it instead
                .setRegisterShutdownHook(false)
                .start();
        if (trusting.get()) {
            requirePassword(postgres, dataDir, password);
        }
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, PlatformProperties properties) {
        Path dataDir = Path.of(properties.embeddedDatabase().dataDirectory()).toAbsolutePath();
        return DataSourceBuilder.create()
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .password(secret(secretFile(dataDir)))
                .build();
    }

    static Path secretFile(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".secret");
    }

    /** The password kept beside the data directory; generated (32 random bytes, owner read/write only) once. */
    static String secret(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                try {
                    Files.createFile(
                            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(
                            file, generated + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
                } catch (FileAlreadyExistsException raced) {
                    // another start wrote it first: use theirs
                } catch (UnsupportedOperationException notPosix) {
                    Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
                }
            }
            try {
                // an older copy may have been made readable by others: take it back
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the profile directory's ACL protects it
            }
            String secret = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!secret.matches("[A-Za-z0-9_-]{20,}")) {
                throw new IllegalStateException("The database secret " + file + " is damaged; restore it from backup");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the database secret " + file, e);
        }
    }

    static boolean passwordRequired(Path dataDir) {
        try {
            return Files.readString(dataDir.resolve("pg_hba.conf")).equals(PG_HBA);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A new cluster, or one created before passwords: sets the superuser's password while the server still trusts
     * loopback (the driver's initdb writes "trust"), then writes {@link #PG_HBA} and reloads.
     */
    private static void requirePassword(EmbeddedPostgres postgres, Path dataDir, String password) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            // the secret is base64url (checked in secret()), so it needs no escaping inside the literal
            statement.execute("alter role postgres password '" + password + "'");
            Files.writeString(dataDir.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
            try (var reload = statement.executeQuery("select pg_reload_conf()")) {
                reload.next();
            }
            log.info("Embedded PostgreSQL now requires the password kept in {}", secretFile(dataDir));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not switch the embedded PostgreSQL to password authentication", e);
        }
    }
}
