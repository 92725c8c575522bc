package org.regionalhealth.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.regionalhealth.platform.PlatformProperties;

/**
 * Slows password guessing down instead of locking accounts (GB/T 22239-2019 8.1.4.1 b 登录失败处理: 限制非法登录次数).
 *
 * <p>Two counters, both kept per process: failures per submitted username (whether or not such an account exists,
 * so the answer never tells) and failures per source address. Past the free failures each further failure doubles
 * the wait before the next attempt is even checked, from one second up to the maximum. A success clears the
 * username's counter, never the source's (an attacker with one valid account must not reset their own address). A
 * counter idle for twice the maximum wait is forgotten. A service account's username counter is kept per source, so
 * guesses from elsewhere never stop the HIS that owns it; its bearer tokens are never throttled at all.
 */
class LoginThrottle {

    private record Counter(int failures, Instant last) {}

    private final Map<String, Counter> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Counter> bySource = new ConcurrentHashMap<>();
    private final PlatformProperties.Security policy;
    private final Clock clock;

    LoginThrottle(PlatformProperties.Security policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    static String accountKey(String username, boolean serviceAccount, String source) {
        String name = username.trim().toLowerCase(java.util.Locale.ROOT);
        return serviceAccount ? name + "@" + source : name;
    }

    /** How long the caller must wait before this attempt may be checked; zero when it may be checked now. */
    Duration waitFor(String accountKey, String source) {
        Instant now = clock.instant();
        Duration account = wait(byAccount.get(accountKey), policy.maxFailedLogins(), now);
        Duration address = wait(bySource.get(source), policy.maxFailuresPerSource(), now);
        return account.compareTo(address) >= 0 ? account : address;
    }

    /**
     * Counts a failure.
     *
     * @return whether this failure starts a back-off (the moment a lock-out used to happen), for the audit log
     */
    boolean failed(String accountKey, String source) {
        Instant now = clock.instant();
        Counter account = byAccount.compute(accountKey, (k, c) -> next(c, now));
        Counter address = bySource.compute(source, (k, c) -> next(c, now));
        if (byAccount.size() + bySource.size() > 100_000) {
            forgetIdle(now);
        }
        return account.failures() == policy.maxFailedLogins() + 1
                || address.failures() == policy.maxFailuresPerSource() + 1;
    }

    void succeeded(String accountKey) {
        byAccount.remove(accountKey);
    }

    private Counter next(Counter counter, Instant now) {
        if (counter == null || idle(counter, now)) {
            return new Counter(1, now);
        }
        return new Counter(counter.failures() + 1, now);
    }

    private Duration wait(Counter counter, int free, Instant now) {
        if (counter == null || counter.failures() <= free || idle(counter, now)) {
            return Duration.ZERO;
        }
        Duration backOff = backOff(counter.failures() - free);
        Duration left = Duration.between(now, counter.last().plus(backOff));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** 1 s, 2 s, 4 s … capped at the maximum wait. */
    Duration backOff(int overLimit) {
        Duration max = Duration.ofMinutes(policy.lockMinutes());
        if (overLimit > 30) {
            return max;
        }
        Duration d = Duration.ofSeconds(1L << (overLimit - 1));
        return d.compareTo(max) > 0 ? max : d;
    }

    private boolean idle(Counter counter, Instant now) {
        return counter.last()
                .plus(Duration.ofMinutes(2L * policy.lockMinutes()))
                .isBefore(now);
    }

    private void forgetIdle(Instant now) {
        byAccount.values().removeIf(c -> idle(c, now));
        bySource.values().removeIf(c -> idle(c, now));
    }
}
