package org.regionalhealth.platform;

import org.jspecify.annotations.Nullable;

/**
 * An account to create.
 *
 * @param username login name, 3–64 characters of {@code [a-z0-9._-]}
 * @param displayName name shown on pages
 * @param rawPassword the initial password; hashed with bcrypt, never stored
 * @param role the role
 * @param unitId the unit the user belongs to
 * @param scopeUnitId the unit whose subtree the user sees
 * @param residentId for residents, their own record
 * @param demo whether the account belongs to the demo district (active only while demo accounts are enabled)
 */
public record NewAccount(
        String username,
        String displayName,
        String rawPassword,
        Role role,
        long unitId,
        long scopeUnitId,
        @Nullable Long residentId,
        boolean demo) {}
