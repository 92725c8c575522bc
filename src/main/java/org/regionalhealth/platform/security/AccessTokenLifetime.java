package org.regionalhealth.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The time rules of a platform access token (docs/adr/0014), on the platform's clock and without leeway at the end:
 * valid while {@code now < exp} (RFC 7519 §4.1.4: "on or after" the expiry it must be refused), never longer than
 * {@code maxLifetime} from {@code iat}, and not issued more than a minute in the future (another node's clock).
 */
final class AccessTokenLifetime implements OAuth2TokenValidator<Jwt> {

    static final Duration ISSUED_AHEAD = Duration.ofSeconds(60);

    private final Clock clock;
    private final Duration maxLifetime;

    AccessTokenLifetime(Clock clock, Duration maxLifetime) {
        this.clock = clock;
        this.maxLifetime = maxLifetime;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Instant now = clock.instant();
        Instant issued = token.getIssuedAt();
        Instant expires = token.getExpiresAt();
        if (issued == null || expires == null) {
            return failure("token without iat or exp");
        }
        if (!now.isBefore(expires)) {
            return failure("token expired at " + expires);
        }
        if (Duration.between(issued, expires).compareTo(maxLifetime) > 0) {
            return failure("token lives longer than " + maxLifetime);
        }
        if (issued.isAfter(now.plus(ISSUED_AHEAD))) {
            return failure("token issued in the future");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult failure(String why) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", why, null));
    }
}
