package org.regionalhealth.platform;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform module.
 *
 * @param embeddedDatabase where the embedded PostgreSQL keeps its files
 * @param security login lock-out policy
 * @param bootstrapAdmin the first district administrator of a production database (docs/adr/0005)
 * @param demoAccountsEnabled whether accounts created by the demo district may log in; off in production, so a
 *     database that once held demo data never opens with a published password
 * @param zone the district's time zone: every "today", working hour and day boundary of every module is taken in it
 *     (the {@link java.time.Clock} bean carries it)
 */
@ConfigurationProperties("rhp.platform")
public record PlatformProperties(
        @DefaultValue EmbeddedDatabase embeddedDatabase,
        @DefaultValue Security security,
        @DefaultValue BootstrapAdmin bootstrapAdmin,
        @DefaultValue("false") boolean demoAccountsEnabled,
        @DefaultValue("Asia/Shanghai") ZoneId zone) {

    /**
     * Creates the first district administrator when the database has no account at all. Give both through the
     * environment ({@code RHP_PLATFORM_BOOTSTRAP_ADMIN_USERNAME}, {@code RHP_PLATFORM_BOOTSTRAP_ADMIN_PASSWORD}) on
     * the first start only; the password must meet the platform's password rule.
     */
    public record BootstrapAdmin(@DefaultValue("") String username, @DefaultValue("") String password) {}

    /**
     * @param dataDirectory the cluster directory; kept between runs unless {@code clean}
     * @param clean wipe the directory on start (tests)
     * @param port TCP port on loopback; 0 picks a free one
     */
    public record EmbeddedDatabase(
            @DefaultValue("./data/pg17") String dataDirectory,
            @DefaultValue("false") boolean clean,
            @DefaultValue("0") int port) {}

    /**
     * @param maxFailedLogins consecutive failures that lock an account
     * @param lockMinutes how long the lock lasts
     */
    public record Security(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15") int lockMinutes) {}
}
