package org.regionalhealth.platform.security;

import java.util.Optional;
import java.util.function.Supplier;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.DemoAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** {@link DemoAccounts} through Spring Security's context of the calling thread, restored afterwards. */
@Component
class SecurityContextDemoAccounts implements DemoAccounts {

    private final UserDetailsService accountDetails;
    private final CurrentUsers users;

    SecurityContextDemoAccounts(UserDetailsService accountDetails, CurrentUsers users) {
        this.accountDetails = accountDetails;
        this.users = users;
    }

    @Override
    public Optional<CurrentUser> user(String username) {
        return call(username, users::require);
    }

    @Override
    public boolean run(String username, Runnable step) {
        return call(username, () -> {
                    step.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    @Override
    public <T> Optional<T> call(String username, Supplier<T> step) {
        UserDetails details;
        try {
            details = accountDetails.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return Optional.ofNullable(step.get());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
