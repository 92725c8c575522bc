package org.regionalhealth.platform.security;

import org.regionalhealth.platform.PlatformProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated failed logins (等保 2.0, GB/T 22239-2019 8.1.4.1 b: 登录失败处理功能,
 * 限制非法登录次数). The limit and lock time are settings ({@code rhp.platform.security.*}).
 */
@Component
class LoginAttempts {

    private final Accounts accounts;
    private final PlatformProperties.Security policy;

    LoginAttempts(Accounts accounts, PlatformProperties properties) {
        this.accounts = accounts;
        this.policy = properties.security();
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(event.getAuthentication().getName(), policy.maxFailedLogins(), policy.lockMinutes());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal account) {
            accounts.recordSuccess(account.username());
        }
    }
}
