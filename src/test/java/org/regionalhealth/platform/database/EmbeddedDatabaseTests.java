package org.regionalhealth.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionalhealth.platform.PlatformProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The embedded database is durable and asks for a password (docs/security.md): a new cluster and one created by an
 * earlier version (trust, no password) both end up with SCRAM-SHA-256 on loopback, fsync and synchronous commit on.
 */
class EmbeddedDatabaseTests {

    @TempDir
    Path temp;

    @Test
    void aDataDirectoryFromBeforePasswordsIsUpgradedOnItsFirstStart() throws Exception {
        Path dataDir = temp.resolve("pg17");
        // what earlier versions left behind: initdb with trust, no password, no secret file
        try (var old = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start()) {
            try (var c = old.getPostgresDatabase().getConnection();
                    var s = c.createStatement()) {
                s.execute("create table kept (id int)");
                s.execute("insert into kept values (42)");
            }
        }
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).contains("trust");

        try (var postgres = start(dataDir)) {
            assertDurableAndLocked(postgres, dataDir);
            try (var c = connect(
                            postgres,
                            EmbeddedDatabaseConfiguration.secret(EmbeddedDatabaseConfiguration.secretFile(dataDir)));
                    var s = c.createStatement();
                    var rs = s.executeQuery("select id from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("the data survived the upgrade").isEqualTo(42);
            }
        }
        // the second start finds the password already required and the same secret
        try (var again = start(dataDir)) {
            assertDurableAndLocked(again, dataDir);
        }
    }

    private void assertDurableAndLocked(EmbeddedPostgres postgres, Path dataDir) throws Exception {
        Path secretFile = EmbeddedDatabaseConfiguration.secretFile(dataDir);
        assertThat(Files.getPosixFilePermissions(secretFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf")))
                .doesNotContain("trust")
                .doesNotContain("replication")
                .contains("scram-sha-256");
        String secret = EmbeddedDatabaseConfiguration.secret(secretFile);
        try (var c = connect(postgres, secret);
                var s = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (var rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
        assertThatThrownBy(() -> connect(postgres, null).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> connect(postgres, "guess").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
    }

    private static java.sql.Connection connect(EmbeddedPostgres postgres, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", properties);
    }

    private static EmbeddedPostgres start(Path dataDir) throws Exception {
        var properties = new Binder(new MapConfigurationPropertySource(
                        java.util.Map.of("rhp.platform.embedded-database.data-directory", dataDir.toString())))
                .bindOrCreate("rhp.platform", PlatformProperties.class);
        return new EmbeddedDatabaseConfiguration().embeddedPostgres(properties);
    }
}
