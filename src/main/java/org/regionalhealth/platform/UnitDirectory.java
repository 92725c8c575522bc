package org.regionalhealth.platform;

import java.util.Optional;

/**
 * Port through which the platform learns the organisation tree without depending on module {@code org}, which
 * implements it. Used to root a user's {@link DataScope} at their unit.
 */
public interface UnitDirectory {

    /**
     * The {@link ClusterBroadcast} topic sent when units moved in the tree: every node drops the unit paths it cached
     * (module {@code org} sends it on its {@code UnitMoved} event).
     */
    String PATHS_CHANGED = "org.unit-paths";

    /** The materialised path ({@code /1/4/17/}) of a unit, if it exists. */
    Optional<String> pathOf(long unitId);

    /** The root of the tree, the district health commission, where the first administrator is attached. */
    long rootUnitId();
}
