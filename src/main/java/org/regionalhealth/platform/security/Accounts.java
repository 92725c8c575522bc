package org.regionalhealth.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.regionalhealth.platform.PlatformProperties;
import org.regionalhealth.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and updates {@code platform_account}. */
@Repository
class Accounts {

    private static final String COLUMNS =
            "id, username, display_name, password_hash, role, unit_id, scope_unit_id, resident_id, demo, enabled, locked_until";

    private final JdbcClient jdbc;
    private final boolean demoEnabled;

    Accounts(JdbcClient jdbc, PlatformProperties properties) {
        this.jdbc = jdbc;
        this.demoEnabled = properties.demoAccountsEnabled();
    }

    Optional<AccountPrincipal> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from platform_account where username = ?")
                .param(username)
                .query(this::map)
                .optional();
    }

    Optional<AccountPrincipal> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from platform_account where id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    /** Counts a failed login (shown to administrators; throttling is {@link LoginThrottle}'s, no lock-out). */
    void recordFailure(String username) {
        jdbc.sql("update platform_account set failed_logins = failed_logins + 1 where username = ?")
                .param(username)
                .update();
    }

    void recordSuccess(String username) {
        jdbc.sql("update platform_account set failed_logins = 0 where username = ? and failed_logins <> 0")
                .param(username)
                .update();
    }

    boolean any() {
        return jdbc.sql("select exists(select 1 from platform_account)")
                .query(Boolean.class)
                .single();
    }

    private AccountPrincipal map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        long residentId = rs.getLong("resident_id");
        boolean residentIdNull = rs.wasNull();
        // demo accounts work only while the demo district is switched on (docs/adr/0005)
        boolean enabled = rs.getBoolean("enabled") && (!rs.getBoolean("demo") || demoEnabled);
        return new AccountPrincipal(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getLong("unit_id"),
                rs.getLong("scope_unit_id"),
                residentIdNull ? null : residentId,
                enabled,
                locked == null ? null : locked.toInstant());
    }
}
