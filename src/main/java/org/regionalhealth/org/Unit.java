package org.regionalhealth.org;

import org.jspecify.annotations.Nullable;

/**
 * An organisational unit.
 *
 * @param path materialised path of ids from the root, e.g. {@code /1/4/17/}
 * @param divisionCode the town or village it stands in (NBS statistical code)
 */
public record Unit(
        long id,
        String code,
        String name,
        UnitType type,
        @Nullable Long parentId,
        String path,
        String divisionCode,
        double lat,
        double lng) {}
