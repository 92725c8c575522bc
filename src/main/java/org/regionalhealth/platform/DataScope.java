package org.regionalhealth.platform;

import java.util.Optional;

/**
 * What part of the organisation tree a user may see: the subtree under {@code unitPath}, or, for a resident, only
 * their own record.
 *
 * <p>Queries filter on it ({@code unit_path LIKE :prefix}), so the rule holds for every API and page, not only in
 * the templates. Paths look like {@code /1/4/17/} (ids from the root), so a prefix test is a subtree test.
 *
 * @param unitId the unit the scope is rooted at
 * @param unitPath materialised path of that unit, ending in {@code /}
 * @param residentId set only for residents: the one record they may read
 */
public record DataScope(long unitId, String unitPath, Optional<Long> residentId) {

    public DataScope {
        if (!unitPath.startsWith("/") || !unitPath.endsWith("/")) {
            throw new IllegalArgumentException("unit path must start and end with '/': " + unitPath);
        }
    }

    /** A {@code LIKE} pattern matching the scope unit and everything under it. */
    public String likePattern() {
        return unitPath + "%";
    }

    /** Whether a record owned by the unit with this path lies inside the scope. */
    public boolean covers(String ownerUnitPath) {
        return ownerUnitPath.startsWith(unitPath);
    }

    public boolean isResidentOnly() {
        return residentId.isPresent();
    }
}
