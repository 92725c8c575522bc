package org.regionalhealth.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.regionalhealth.platform.PlatformProperties;

class LoginThrottleTests {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-07T08:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    final TestClock clock = new TestClock();
    final LoginThrottle throttle = new LoginThrottle(new PlatformProperties.Security(5, 15, 20, 5, 90, 400), clock);

    @Test
    void fiveFailuresAreFreeTheSixthStartsAOneSecondWaitThatDoubles() {
        for (int i = 1; i <= 5; i++) {
            assertThat(throttle.waitFor("wang", "10.0.0.1")).isZero();
            assertThat(throttle.failed("wang", "10.0.0.1")).isFalse();
        }
        assertThat(throttle.waitFor("wang", "10.0.0.1")).as("just at the limit").isZero();
        assertThat(throttle.failed("wang", "10.0.0.1"))
                .as("just above: the back-off starts")
                .isTrue();
        assertThat(throttle.waitFor("wang", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("wang", "10.0.0.1")).isZero();
        throttle.failed("wang", "10.0.0.1");
        assertThat(throttle.waitFor("wang", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
        // the wait holds from any address: it protects the account, not a session
        assertThat(throttle.waitFor("wang", "10.9.9.9")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theWaitIsCappedAtTheMaximumAndForgottenAfterTwiceThat() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("li", "10.0.0.2");
        }
        assertThat(throttle.waitFor("li", "10.0.0.2")).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.backOff(10)).isEqualTo(Duration.ofSeconds(512));
        assertThat(throttle.backOff(11)).isEqualTo(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(31));
        assertThat(throttle.waitFor("li", "10.0.0.2")).isZero();
    }

    @Test
    void aSuccessClearsTheUsernameButNotTheAddress() {
        for (int i = 0; i < 21; i++) {
            throttle.failed("user" + i, "10.0.0.3"); // spraying many usernames from one address
        }
        assertThat(throttle.waitFor("someone-else", "10.0.0.3"))
                .as("the address is held back")
                .isPositive();
        throttle.succeeded("someone-else");
        assertThat(throttle.waitFor("someone-else", "10.0.0.3")).isPositive();
        assertThat(throttle.waitFor("someone-else", "10.0.0.4"))
                .as("other addresses are not")
                .isZero();
    }

    @Test
    void unknownAndKnownUsernamesAreCountedAlike() {
        for (int i = 0; i < 6; i++) {
            throttle.failed(LoginThrottle.accountKey("no-such-user", false, "10.0.0.5"), "10.0.0.5");
            throttle.failed(LoginThrottle.accountKey("admin", false, "10.0.0.6"), "10.0.0.6");
        }
        assertThat(throttle.waitFor("no-such-user", "10.0.0.5")).isEqualTo(throttle.waitFor("admin", "10.0.0.6"));
    }

    @Test
    void guessesAtAServiceAccountFromElsewhereNeverHoldBackItsOwnSystem() {
        for (int i = 0; i < 10; i++) {
            throttle.failed(LoginThrottle.accountKey("his", true, "203.0.113.9"), "203.0.113.9");
        }
        assertThat(throttle.waitFor(LoginThrottle.accountKey("his", true, "203.0.113.9"), "203.0.113.9"))
                .isPositive();
        assertThat(throttle.waitFor(LoginThrottle.accountKey("his", true, "10.1.1.1"), "10.1.1.1"))
                .isZero();
    }
}
