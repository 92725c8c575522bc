package org.regionalhealth.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.HttpServletRequest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.AuditLog;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * The resource-server side of the platform's OAuth2 access tokens (docs/adr/0014): which bearer tokens are ours (a
 * JWS whose {@code kid} is the platform key's: personal {@code rhp_} tokens and CDS Hooks clients' JWTs are left to
 * {@link BearerTokenFilter}), how they are checked ({@link AccessTokenLifetime}), and which account they act as: the
 * service account of the client named in {@code sub}, looked up on every request, so revoking the client or
 * disabling the account stops its tokens at once. The authentication carries the account itself, so role checks,
 * {@code DataScope} and masking are those of the account, as with a password or a personal token.
 */
final class PlatformAccessTokens {

    static final String ACCOUNT_CLAIM = "rhp_account";

    private final String keyId;
    private final JwtDecoder decoder;
    private final OAuthClients clients;
    private final SecurityEvents events;
    private final Clock clock;
    private final ConcurrentMap<String, Instant> used = new ConcurrentHashMap<>();

    PlatformAccessTokens(
            RSAKey signingKey, Clock clock, Duration maxLifetime, OAuthClients clients, SecurityEvents events) {
        this.keyId = signingKey.getKeyID();
        this.clients = clients;
        this.events = events;
        this.clock = clock;
        try {
            var nimbus = NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey())
                    .signatureAlgorithm(SignatureAlgorithm.RS256)
                    .build();
            nimbus.setJwtValidator(new AccessTokenLifetime(clock, maxLifetime));
            this.decoder = nimbus;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    JwtDecoder decoder() {
        return decoder;
    }

    /** A JWS signed with the platform key's id; anything else is not ours to judge. */
    boolean isPlatformToken(String token) {
        if (token.chars().filter(c -> c == '.').count() != 2) {
            return false;
        }
        try {
            return keyId.equals(SignedJWT.parse(token).getHeader().getKeyID());
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }

    /** Only {@code Authorization: Bearer <platform token>}; never a query or form parameter. */
    BearerTokenResolver resolver() {
        return (HttpServletRequest request) -> {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return null;
            }
            String token = header.substring(7).trim();
            return isPlatformToken(token) ? token : null;
        };
    }

    Converter<Jwt, AbstractAuthenticationToken> converter() {
        return jwt -> {
            String clientId = jwt.getSubject();
            AccountPrincipal account = (clientId == null
                            ? java.util.Optional.<AccountPrincipal>empty()
                            : clients.activeAccount(clientId))
                    .filter(a -> a.username().equals(jwt.getClaimAsString(ACCOUNT_CLAIM)))
                    .orElseThrow(() -> {
                        events.record(
                                AuditLog.Action.LOGIN_FAILED, "(OAuth " + clientId + ")", null, "访问令牌的客户端已撤销或账户已停用");
                        return new InvalidBearerTokenException("client revoked or account disabled");
                    });
            firstUse(jwt, clientId, account);
            return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
        };
    }

    /** {@code TOKEN_USED} once per access token (each lives at most an hour), like personal tokens. */
    private void firstUse(Jwt jwt, @Nullable String clientId, AccountPrincipal account) {
        Instant now = clock.instant();
        used.values().removeIf(until -> until.isBefore(now));
        String id = jwt.getId() == null ? jwt.getTokenValue() : jwt.getId();
        if (used.putIfAbsent(id, jwt.getExpiresAt() == null ? now : jwt.getExpiresAt()) == null) {
            HttpServletRequest request = SecurityEvents.request();
            events.record(
                    AuditLog.Action.TOKEN_USED,
                    account.username(),
                    account,
                    "OAuth 客户端「" + clientId + "」的访问令牌"
                            + (request == null ? "" : " " + request.getMethod() + " " + request.getRequestURI()));
        }
    }
}
