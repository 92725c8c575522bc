package org.regionalhealth.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.regionalhealth.platform.PlatformProperties;
import org.springframework.security.oauth2.jwt.Jwt;

/** The lifetime of the platform's OAuth2 access tokens at its boundaries (docs/adr/0014). */
class AccessTokenLifetimeTests {

    static final Instant ISSUED = Instant.parse("2026-03-02T01:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);

    private static boolean validAt(Instant now, Instant issued, Instant expires) {
        var validator = new AccessTokenLifetime(Clock.fixed(now, ZoneOffset.UTC), HOUR);
        var jwt = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("his")
                .issuedAt(issued)
                .expiresAt(expires)
                .build();
        return !validator.validate(jwt).hasErrors();
    }

    @Test
    void aTokenIsValidUpToTheSecondBeforeItsExpiryAndNotAtIt() {
        Instant expires = ISSUED.plus(HOUR);
        assertThat(validAt(ISSUED, ISSUED, expires)).isTrue();
        assertThat(validAt(expires.minusSeconds(1), ISSUED, expires)).isTrue();
        assertThat(validAt(expires, ISSUED, expires))
                .as("RFC 7519: on or after exp")
                .isFalse();
        assertThat(validAt(expires.plusSeconds(1), ISSUED, expires)).isFalse();
    }

    @Test
    void aTokenMayLiveAnHourAndNotASecondLonger() {
        assertThat(validAt(ISSUED, ISSUED, ISSUED.plus(HOUR).minusSeconds(1))).isTrue();
        assertThat(validAt(ISSUED, ISSUED, ISSUED.plus(HOUR))).isTrue();
        assertThat(validAt(ISSUED, ISSUED, ISSUED.plus(HOUR).plusSeconds(1))).isFalse();
    }

    @Test
    void aTokenIssuedMoreThanAMinuteAheadOfThisClockIsRefused() {
        Instant now = ISSUED.minusSeconds(60);
        assertThat(validAt(now, ISSUED, ISSUED.plus(HOUR))).isTrue();
        assertThat(validAt(now.minusSeconds(1), ISSUED, ISSUED.plus(HOUR))).isFalse();
    }

    @Test
    void theConfiguredLifetimeIsAtMostAnHour() {
        assertThat(new PlatformProperties.OAuth(60, 5, "").accessTokenMinutes()).isEqualTo(60);
        assertThat(new PlatformProperties.OAuth(1, 5, "").accessTokenMinutes()).isEqualTo(1);
        assertThatThrownBy(() -> new PlatformProperties.OAuth(61, 5, "")).hasMessageContaining("between 1 and 60");
        assertThatThrownBy(() -> new PlatformProperties.OAuth(0, 5, "")).hasMessageContaining("between 1 and 60");
        assertThat(new PlatformProperties.OAuth(60, 5, "").assertionMaxMinutes())
                .isEqualTo(5);
        assertThatThrownBy(() -> new PlatformProperties.OAuth(60, 6, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
