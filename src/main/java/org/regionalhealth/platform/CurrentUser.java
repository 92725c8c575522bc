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

    /** Whether the role may see full ID numbers and phone numbers (docs/adr/0006): clinicians and admins in scope. */
    public boolean mayReadFullIdentifiers() {
        return switch (role) {
            case DISTRICT_ADMIN, HOSPITAL_DOCTOR, STATION_DOCTOR, RESIDENT, SERVICE -> true;
            default -> false;
        };
    }
}
