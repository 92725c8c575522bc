package org.regionalhealth.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.PlatformProperties;
import org.regionalhealth.platform.Role;
import org.regionalhealth.platform.ServiceClients;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registered OAuth2 clients of service accounts (docs/adr/0014), kept in {@code platform_oauth_client}: the only
 * {@link RegisteredClientRepository} of the authorization server. Every client authenticates with {@code
 * private_key_jwt} and may use only the client-credentials grant; its access tokens are self-contained JWTs of at
 * most {@code rhp.platform.oauth.access-token-minutes} (≤ 60).
 */
@Component
class OAuthClients implements ServiceClients, RegisteredClientRepository {

    private static final String CLIENT_ID = "[a-z0-9][a-z0-9._-]{1,63}";
    private static final String COLUMNS =
            "c.id, c.client_id, a.username, c.key_id, c.algorithm, c.public_jwk, c.registered_by, c.registered_at,"
                    + " c.revoked_at is not null as revoked, c.account_id";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final SecurityEvents events;
    private final Duration tokenLifetime;

    OAuthClients(JdbcClient jdbc, Accounts accounts, SecurityEvents events, PlatformProperties properties) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.tokenLifetime = Duration.ofMinutes(properties.oauth().accessTokenMinutes());
    }

    private record Row(long id, long accountId, ServiceClient client) {}

    @Override
    @Transactional
    public ServiceClient register(
            @Nullable String clientId, @Nullable String account, @Nullable String publicJwk, String registeredBy) {
        if (clientId == null || !clientId.matches(CLIENT_ID)) {
            throw PlatformException.invalidField("OAUTH_CLIENT_ID", "clientId", "客户端标识须为2–64位小写字母、数字或 . _ -，以字母或数字开头");
        }
        AccountPrincipal service = (account == null
                        ? Optional.<AccountPrincipal>empty()
                        : accounts.findByUsername(account))
                .filter(a -> a.role() == Role.SERVICE && a.isEnabled())
                .orElseThrow(() ->
                        PlatformException.invalidField("OAUTH_CLIENT_ACCOUNT", "account", "须为已启用的接口服务账户（角色：接口服务）"));
        KeyCheck key = check(publicJwk);
        String by = SecurityEvents.clean(registeredBy, 64);
        jdbc.sql(
                        """
                        insert into platform_oauth_client
                            (client_id, account_id, public_jwk, key_id, algorithm, registered_by)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (client_id) do update
                           set account_id = excluded.account_id, public_jwk = excluded.public_jwk,
                               key_id = excluded.key_id, algorithm = excluded.algorithm,
                               registered_by = excluded.registered_by, registered_at = now(), revoked_at = null""")
                .params(
                        clientId,
                        service.id(),
                        key.jwk().toJSONString(),
                        key.jwk().getKeyID(),
                        key.algorithm(),
                        by)
                .update();
        events.record(
                AuditLog.Action.CLIENT_REGISTERED,
                by,
                accounts.findByUsername(by).orElse(null),
                "服务客户端「" + clientId + "」代表账户 " + service.username() + "，公钥 "
                        + key.jwk().getKeyID() + "（" + key.algorithm() + "）");
        return find(clientId).orElseThrow();
    }

    @Override
    public Optional<ServiceClient> find(String clientId) {
        return row(clientId).map(Row::client);
    }

    @Override
    public List<ServiceClient> list() {
        return jdbc
                .sql("select " + COLUMNS
                        + " from platform_oauth_client c join platform_account a on a.id = c.account_id"
                        + " order by c.client_id")
                .query(OAuthClients::map)
                .list()
                .stream()
                .map(Row::client)
                .toList();
    }

    @Override
    @Transactional
    public void revoke(String clientId, String revokedBy) {
        int changed = jdbc.sql(
                        "update platform_oauth_client set revoked_at = now() where client_id = ? and revoked_at is null")
                .param(clientId)
                .update();
        if (changed == 0) {
            throw PlatformException.notFound("OAUTH_CLIENT_NOT_FOUND", "没有该服务客户端，或它已被撤销");
        }
        String by = SecurityEvents.clean(revokedBy, 64);
        events.record(
                AuditLog.Action.CLIENT_REVOKED,
                by,
                accounts.findByUsername(by).orElse(null),
                "撤销服务客户端「" + clientId + "」：不再签发令牌，已签发的令牌立即失效");
    }

    /** The enabled service account an active client acts as; empty for unknown or revoked clients. */
    Optional<AccountPrincipal> activeAccount(String clientId) {
        return row(clientId)
                .filter(r -> !r.client().revoked())
                .flatMap(r -> accounts.findById(r.accountId()))
                .filter(a -> a.role() == Role.SERVICE && a.isEnabled());
    }

    /** The public key registered for an active client. */
    Optional<JWK> publicKey(String clientId) {
        return row(clientId).filter(r -> !r.client().revoked()).map(r -> {
            try {
                return JWK.parse(r.client().publicJwk());
            } catch (ParseException e) {
                throw new IllegalStateException("stored JWK of " + clientId + " is damaged", e);
            }
        });
    }

    // --- RegisteredClientRepository: what the authorization server sees ---

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("clients are registered by an administrator (ServiceClients)");
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        return jdbc.sql("select c.client_id from platform_oauth_client c where c.id = ?")
                .param(Long.parseLong(id))
                .query(String.class)
                .optional()
                .map(this::findByClientId)
                .orElse(null);
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        return row(clientId)
                .filter(r -> !r.client().revoked())
                .map(r -> RegisteredClient.withId(Long.toString(r.id()))
                        .clientId(r.client().clientId())
                        .clientIdIssuedAt(r.client().registeredAt())
                        .clientName(r.client().account())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .clientSettings(ClientSettings.builder()
                                .tokenEndpointAuthenticationSigningAlgorithm(
                                        SignatureAlgorithm.from(r.client().algorithm()))
                                .build())
                        .tokenSettings(TokenSettings.builder()
                                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                                .accessTokenTimeToLive(tokenLifetime)
                                .build())
                        .build())
                .orElse(null);
    }

    private Optional<Row> row(String clientId) {
        return jdbc.sql("select " + COLUMNS
                        + " from platform_oauth_client c join platform_account a on a.id = c.account_id"
                        + " where c.client_id = ?")
                .param(clientId)
                .query(OAuthClients::map)
                .optional();
    }

    private static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("account_id"),
                new ServiceClient(
                        rs.getString("client_id"),
                        rs.getString("username"),
                        rs.getString("key_id"),
                        rs.getString("algorithm"),
                        rs.getString("public_jwk"),
                        rs.getString("registered_by"),
                        rs.getTimestamp("registered_at").toInstant(),
                        rs.getBoolean("revoked")));
    }

    record KeyCheck(JWK jwk, String algorithm) {}

    /** A public RSA (≥ 2,048 bits) or EC P-256/P-384 key; the key id is kept or made from the RFC 7638 thumbprint. */
    static KeyCheck check(@Nullable String publicJwk) {
        JWK jwk;
        try {
            jwk = publicJwk == null ? null : JWK.parse(publicJwk);
        } catch (ParseException | RuntimeException e) {
            jwk = null;
        }
        if (jwk == null) {
            throw PlatformException.invalidField("OAUTH_CLIENT_KEY", "jwk", "公钥须为 JWK 格式（RFC 7517）的 JSON 对象");
        }
        if (jwk.isPrivate()) {
            throw PlatformException.invalidField("OAUTH_CLIENT_KEY", "jwk", "只提交公钥：私钥由客户端自己保管，不得交给平台");
        }
        String algorithm;
        if (jwk instanceof RSAKey rsa && rsa.size() >= 2048) {
            algorithm =
                    jwk.getAlgorithm() != null && jwk.getAlgorithm().getName().matches("RS(256|384|512)")
                            ? jwk.getAlgorithm().getName()
                            : "RS384";
        } else if (jwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
            algorithm = "ES256";
        } else if (jwk instanceof ECKey ec && Curve.P_384.equals(ec.getCurve())) {
            algorithm = "ES384";
        } else {
            throw PlatformException.invalidField("OAUTH_CLIENT_KEY", "jwk", "公钥须为至少2048位的 RSA 密钥或 P-256/P-384 椭圆曲线密钥");
        }
        try {
            String kid = jwk.getKeyID() != null && jwk.getKeyID().matches("[A-Za-z0-9._:-]{1,100}")
                    ? jwk.getKeyID()
                    : jwk.computeThumbprint().toString();
            JWK stored = jwk instanceof RSAKey rsa
                    ? new RSAKey.Builder(rsa.toRSAPublicKey()).keyID(kid).build()
                    : new ECKey.Builder((ECKey) jwk).keyID(kid).build().toPublicJWK();
            return new KeyCheck(stored, algorithm);
        } catch (JOSEException e) {
            throw PlatformException.invalidField("OAUTH_CLIENT_KEY", "jwk", "公钥无法使用：" + e.getMessage());
        }
    }
}
