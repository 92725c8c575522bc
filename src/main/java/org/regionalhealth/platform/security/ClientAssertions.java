package org.regionalhealth.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionDecoderFactory;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * Verifies a client's {@code private_key_jwt} assertion (RFC 7523, SMART Backend Services) with the public JWK the
 * administrator registered, instead of fetching a JWK Set URL: the signature (RS256/384/512 for RSA keys,
 * ES256/384/512 for EC keys), then Spring Authorization Server's checks ({@code iss} = {@code sub} = client id, {@code
 * aud} the token endpoint or issuer, {@code exp} present and not passed), then ours: {@code exp} at most {@code
 * assertion-max-minutes} ahead and a {@code jti} never used before (no replay).
 */
final class ClientAssertions implements JwtDecoderFactory<RegisteredClient> {

    private static final Duration SKEW = Duration.ofSeconds(60);

    private final OAuthClients clients;
    private final Clock clock;
    private final Duration maxAhead;
    private final ConcurrentMap<String, Instant> seen = new ConcurrentHashMap<>();

    ClientAssertions(OAuthClients clients, Clock clock, Duration maxAhead) {
        this.clients = clients;
        this.clock = clock;
        this.maxAhead = maxAhead;
    }

    @Override
    public JwtDecoder createDecoder(RegisteredClient client) {
        JWK key = clients.publicKey(client.getClientId())
                .orElseThrow(() -> new BadJwtException("client " + client.getClientId() + " has no active key"));
        Set<JWSAlgorithm> algorithms = KeyType.RSA.equals(key.getKeyType())
                ? Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512)
                : Set.of(JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(
                new JWSVerificationKeySelector<>(algorithms, new ImmutableJWKSet<>(new JWKSet(key))));
        // the claims are checked by the validators below, as Spring's own decoders do
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
        var decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtClientAssertionDecoderFactory.DEFAULT_JWT_VALIDATOR_FACTORY.apply(client),
                this::shortLivedAndFresh));
        return decoder;
    }

    private OAuth2TokenValidatorResult shortLivedAndFresh(Jwt assertion) {
        Instant now = clock.instant();
        Instant expires = assertion.getExpiresAt();
        if (expires == null || expires.isAfter(now.plus(maxAhead).plus(SKEW))) {
            return failure("assertion expires more than " + maxAhead + " ahead");
        }
        String jti = assertion.getId();
        if (jti == null || jti.isBlank()) {
            return failure("assertion without jti");
        }
        seen.values().removeIf(until -> until.isBefore(now));
        if (seen.putIfAbsent(assertion.getSubject() + "\u0000" + jti, expires.plus(SKEW)) != null) {
            return failure("assertion replayed");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult failure(String why) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_client", why, null));
    }
}
