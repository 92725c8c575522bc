package org.regionalhealth;

import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A demo account logged in on the test's thread, for tests that call a module's service directly: the writers read
 * the acting user from the security context (scope, masking, audit). Tests clear the context afterwards.
 */
public final class DemoLogin {

    private DemoLogin() {}

    /** Puts the account into this thread's security context. */
    public static void authenticate(UserDetailsService accounts, String username) {
        var details = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    /** Logs the account in on this thread and returns it as the platform sees it. */
    public static CurrentUser as(UserDetailsService accounts, CurrentUsers users, String username) {
        authenticate(accounts, username);
        return users.require();
    }
}
