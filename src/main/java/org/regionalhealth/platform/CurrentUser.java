package org.regionalhealth.platform;

/**
 * The authenticated user of the current request: who they are, their role, the unit they belong to and the
 * {@link DataScope} every query must respect.
 *
 * @param username login name
 * @param displayName name shown on pages
 * @param role the user's role
 * @param unitId the unit the user belongs to (a station, a hospital, the CDC …)
 * @param scope what the user may see
 * @param channel how the request came in, recorded in the audit log
 */
public record CurrentUser(
        String username, String displayName, Role role, long unitId, DataScope scope, Channel channel) {

    /** How a request reached the platform. */
    public enum Channel {
        PAGE,
        API,
        SYSTEM
    }

    /** What this user may see of a person (docs/security.md): one policy for every page and API. */
    public Disclosure disclosure() {
        return Disclosure.of(role);
    }

    /** Whether the role may see full ID numbers and phone numbers ({@link Disclosure#fullIdentifiers()}). */
    public boolean mayReadFullIdentifiers() {
        return disclosure().fullIdentifiers();
    }

    /** Whether the role may see full names ({@link Disclosure#fullName()}); otherwise {@code 张*}. */
    public boolean mayReadFullNames() {
        return disclosure().fullName();
    }
}
