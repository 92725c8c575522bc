package org.regionalhealth.platform.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A platform account as Spring Security sees it. */
record AccountPrincipal(
        long id,
        String username,
        String displayName,
        String passwordHash,
        Role role,
        long unitId,
        long scopeUnitId,
        @Nullable Long residentId,
        boolean enabled,
        @Nullable Instant lockedUntil)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /**
     * Always true: failed logins slow the next attempt down ({@link LoginThrottle}) instead of locking the account,
     * which anyone could otherwise do to anyone; {@code locked_until} of older versions is ignored.
     */
    @Override
    public boolean isAccountNonLocked() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
