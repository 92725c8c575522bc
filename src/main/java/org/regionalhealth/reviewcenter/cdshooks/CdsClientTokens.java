package org.regionalhealth.reviewcenter.cdshooks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.regionalhealth.platform.ExternalTokenVerifier;
import org.regionalhealth.reviewcenter.ReviewCenterProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Verifies the JWT a CDS client sends with each CDS Hooks call (CDS Hooks 2.0 §Trusting CDS Clients): signed by a
 * configured issuer's key (ES384 and RS384 must be supported; the other ES/RS algorithms are accepted), {@code aud}
 * the called service's URL, {@code exp} at most five minutes ahead, {@code jti} never seen before (no replay). The
 * issuer is then the platform service account configured for it, whose unit scopes what it may screen.
 */
@Component
class CdsClientTokens implements ExternalTokenVerifier {

    private static final Logger log = LoggerFactory.getLogger(CdsClientTokens.class);
    private static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
    private static final Duration SKEW = Duration.ofSeconds(60);
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512,
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512);

    private final Map<String, Trusted> issuers = new HashMap<>();
    private final String publicBaseUrl;
    private final ConcurrentMap<String, Instant> seen = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong nextPurge = new java.util.concurrent.atomic.AtomicLong();
    private final Clock clock;

    private record Trusted(String account, DefaultJWTProcessor<SecurityContext> processor) {}

    @org.springframework.beans.factory.annotation.Autowired
    CdsClientTokens(ReviewCenterProperties properties) {
        this(properties, Clock.systemUTC());
    }

    CdsClientTokens(ReviewCenterProperties properties, Clock clock) {
        this.clock = clock;
        this.publicBaseUrl = properties.cdsHooks().publicBaseUrl();
        for (ReviewCenterProperties.Issuer issuer : properties.cdsHooks().issuers()) {
            issuers.put(issuer.issuer(), new Trusted(issuer.account(), processor(issuer)));
        }
    }

    @Override
    public Optional<String> accountFor(String token, HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/cds-services")) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            String issuer = jwt.getJWTClaimsSet().getIssuer();
            Trusted trusted = issuer == null ? null : issuers.get(issuer);
            if (trusted == null) {
                log.warn("CDS Hooks JWT from an issuer that is not trusted: {}", issuer);
                return Optional.empty();
            }
            JWTClaimsSet claims = trusted.processor().process(jwt, null);
            Instant now = clock.instant();
            Instant expires = claims.getExpirationTime().toInstant();
            if (expires.isAfter(now.plus(MAX_LIFETIME).plus(SKEW))) {
                log.warn("CDS Hooks JWT of {} expires more than 5 minutes ahead", issuer);
                return Optional.empty();
            }
            if (!audienceMatches(claims.getAudience(), request)) {
                log.warn(
                        "CDS Hooks JWT of {} is for {}, not for {}",
                        issuer,
                        claims.getAudience(),
                        request.getRequestURI());
                return Optional.empty();
            }
            if (seen.putIfAbsent(issuer + "\u0000" + claims.getJWTID(), expires.plus(SKEW)) != null) {
                log.warn("CDS Hooks JWT of {} replayed (jti {})", issuer, claims.getJWTID());
                return Optional.empty();
            }
            forgetExpired(now);
            return Optional.of(trusted.account());
        } catch (ParseException | BadJOSEException | JOSEException e) {
            log.warn("CDS Hooks JWT rejected: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * {@code aud} names the CDS service endpoint as the discovery document gives it; behind a proxy that is the
     * configured public base URL, otherwise the URL of the request. The path must match exactly.
     */
    private boolean audienceMatches(List<String> audience, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // feedback goes to the service's own endpoint + /feedback; the client may name either
        String service = path.endsWith("/feedback") ? path.substring(0, path.length() - "/feedback".length()) : path;
        for (String aud : audience) {
            String expectedBase = publicBaseUrl != null ? stripSlash(publicBaseUrl) : requestBase(request);
            if (aud.equals(expectedBase + service) || aud.equals(expectedBase + path)) {
                return true;
            }
            if (publicBaseUrl == null) {
                // loopback and container set-ups: compare the path only when no public base URL is configured
                try {
                    String audPath = URI.create(aud).getPath();
                    if (service.equals(audPath) || path.equals(audPath)) {
                        return true;
                    }
                } catch (IllegalArgumentException ignored) {
                    // not a URL: no match
                }
            }
        }
        return false;
    }

    private static String requestBase(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * Drops jtis whose token has expired (a replay would fail on {@code exp} anyway). At most every 30 s, so that a
     * large map (rate × token lifetime, ~100k at 300/s) is not scanned on every request.
     */
    private void forgetExpired(Instant now) {
        long due = nextPurge.get();
        if (now.toEpochMilli() >= due && nextPurge.compareAndSet(due, now.toEpochMilli() + 30_000)) {
            seen.values().removeIf(expiry -> expiry.isBefore(now));
        }
    }

    private static DefaultJWTProcessor<SecurityContext> processor(ReviewCenterProperties.Issuer issuer) {
        JWKSource<SecurityContext> keys;
        try {
            if (issuer.jwks() != null && !issuer.jwks().isBlank()) {
                keys = new ImmutableJWKSet<>(JWKSet.parse(issuer.jwks()));
            } else if (issuer.jwksUri() != null) {
                keys = JWKSourceBuilder.create(URI.create(issuer.jwksUri()).toURL())
                        .build();
            } else {
                throw new IllegalStateException("CDS Hooks issuer " + issuer.issuer() + " needs jwks or jwks-uri");
            }
        } catch (ParseException | java.net.MalformedURLException e) {
            throw new IllegalStateException(
                    "CDS Hooks issuer " + issuer.issuer() + ": bad key set: " + e.getMessage(), e);
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer.issuer()).build(), Set.of("iss", "aud", "exp", "jti")));
        return processor;
    }
}
