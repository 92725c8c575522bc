package org.regionalhealth.platform.security;

import java.time.Duration;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.Role;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password logins (form and HTTP Basic) through the {@link LoginThrottle}: a throttled attempt is refused before
 * the password is checked, with the same answer whether the account exists or not; failures and the start of a
 * back-off are audited.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** The attempt came too soon after repeated failures; the same for known and unknown usernames. */
    static final class LoginThrottledException extends AuthenticationException {
        private final Duration wait;

        LoginThrottledException(Duration wait) {
            super("登录尝试过于频繁，请 " + Math.max(1, wait.toSeconds()) + " 秒后再试");
            this.wait = wait;
        }

        long retryAfterSeconds() {
            return Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final Accounts accounts;
    private final SecurityEvents events;

    ThrottledAuthenticationProvider(
            DaoAuthenticationProvider passwords, LoginThrottle throttle, Accounts accounts, SecurityEvents events) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accounts = accounts;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String source = source(authentication);
        var account = accounts.findByUsername(username);
        boolean service = account.map(a -> a.role() == Role.SERVICE).orElse(false);
        String key = LoginThrottle.accountKey(username, service, source);
        Duration wait = throttle.waitFor(key, source);
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(key);
            accounts.recordSuccess(username);
            return result;
        } catch (BadCredentialsException e) {
            boolean backOffStarts = throttle.failed(key, source);
            account.ifPresent(a -> accounts.recordFailure(a.username()));
            events.record(AuditLog.Action.LOGIN_FAILED, username, account.orElse(null), "密码错误或账户不存在");
            if (backOffStarts) {
                events.record(
                        AuditLog.Action.LOGIN_THROTTLED,
                        username,
                        account.orElse(null),
                        "连续登录失败，此后每次尝试须等待（来源 " + source + "）");
            }
            throw e;
        }
    }

    private static String source(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        var request = SecurityEvents.request();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
