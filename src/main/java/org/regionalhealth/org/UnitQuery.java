package org.regionalhealth.org;

import org.jspecify.annotations.Nullable;

/**
 * Filters for listing units.
 *
 * @param type only units of this type
 * @param parentId only direct children of this unit
 * @param text part of the name or code
 * @param townCode only units in this town
 */
public record UnitQuery(
        @Nullable UnitType type, @Nullable Long parentId, @Nullable String text, @Nullable String townCode) {}
