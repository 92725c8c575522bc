package org.regionalhealth.org;

import org.jspecify.annotations.Nullable;

/**
 * An administrative division: the district, a town/street (镇/街道) or a village/community (村/社区).
 *
 * @param lat approximate latitude of a town's centre (schematic maps), null for villages
 * @param lng approximate longitude
 */
public record Division(
        String code,
        String name,
        Level level,
        @Nullable String parentCode,
        @Nullable Double lat,
        @Nullable Double lng) {

    public enum Level {
        DISTRICT,
        TOWN,
        VILLAGE
    }

    /** The 9-digit town code this division lies in (a town's own code for a town). */
    public String townCode() {
        return code.length() >= 9 ? code.substring(0, 9) : code;
    }
}
