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
 * @param readReplica a read-only replica for dashboards and supervision ({@link ReportingDatabase})
 */
@ConfigurationProperties("rhp.platform")
public record PlatformProperties(
        @DefaultValue EmbeddedDatabase embeddedDatabase,
        @DefaultValue Security security,
        @DefaultValue BootstrapAdmin bootstrapAdmin,
        @DefaultValue("false") boolean demoAccountsEnabled,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue OAuth oauth,
        @DefaultValue ReadReplica readReplica) {

    /**
     * A streaming replica of the primary (docs/scale-out.md); empty {@code url}: read the primary.
     *
     * @param url JDBC URL of the replica ({@code jdbc:postgresql://replica:5432/rhp})
     * @param username its user; empty: given in the URL
     * @param password its password
     * @param maxPoolSize connections to it per node
     */
    public record ReadReplica(
            @DefaultValue("") String url,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("4") int maxPoolSize) {}

    /**
     * OAuth2 client credentials for service accounts (docs/adr/0014, docs/security.md §4a).
     *
     * @param accessTokenMinutes lifetime of an access token; at most 60 (SMART Backend Services: no longer than an
     *     hour)
     * @param assertionMaxMinutes how far ahead a client's signed assertion may expire (SMART: five minutes)
     * @param signingKeyFile the platform's token-signing key (a private JWK, mode 600); empty: beside the embedded
     *     database's data directory ({@code ./data/pg17.oauth-signing.jwk}), like the database secret
     */
    public record OAuth(
            @DefaultValue("60") int accessTokenMinutes,
            @DefaultValue("5") int assertionMaxMinutes,
            @DefaultValue("") String signingKeyFile) {

        public OAuth {
            if (accessTokenMinutes < 1 || accessTokenMinutes > 60) {
                throw new IllegalArgumentException(
                        "rhp.platform.oauth.access-token-minutes must be between 1 and 60 (tokens live at most an hour)");
            }
            if (assertionMaxMinutes < 1 || assertionMaxMinutes > 5) {
                throw new IllegalArgumentException("rhp.platform.oauth.assertion-max-minutes must be between 1 and 5");
            }
        }
    }

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
     * Login throttling and password policy (docs/security.md).
     *
     * @param maxFailedLogins failures per username before each further attempt waits (1 s, doubling)
     * @param lockMinutes the longest wait between attempts; counters idle for twice as long are forgotten
     * @param maxFailuresPerSource failures per client address before its attempts wait likewise
     * @param passwordHistory a new password may not repeat this many previous ones
     * @param passwordMaxAgeDays days after which the account page asks for a new password (0: never)
     * @param auditRetentionDays audit rows older than this are deleted by the nightly job; at least 183 (《网络安全法》
     *     第二十一条: network logs kept no less than six months)
     */
    public record Security(
            @DefaultValue("5") int maxFailedLogins,
            @DefaultValue("15") int lockMinutes,
            @DefaultValue("20") int maxFailuresPerSource,
            @DefaultValue("5") int passwordHistory,
            @DefaultValue("90") int passwordMaxAgeDays,
            @DefaultValue("400") int auditRetentionDays) {

        public Security {
            if (auditRetentionDays < 183) {
                throw new IllegalArgumentException(
                        "rhp.platform.security.audit-retention-days must be at least 183 (six months)");
            }
        }
    }
}
