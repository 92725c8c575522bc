package org.regionalhealth.org;

import org.jspecify.annotations.Nullable;

/** A unit to register under an existing parent. */
public record NewUnit(
        String code,
        String name,
        UnitType type,
        @Nullable Long parentId,
        String divisionCode,
        double lat,
        double lng) {}
