package org.regionalhealth.childcare;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Childcare places of one town (or the whole district) against its resident population.
 *
 * @param population residents (常住人口), or null when no figure is recorded
 * @param perThousand places per 1,000 residents, or null without a population
 * @param meetsTarget whether {@code perThousand} reaches the national target
 */
public record TownPlaces(
        String townCode,
        String townName,
        int institutions,
        int filed,
        int places,
        int puhuiPlaces,
        @Nullable Integer population,
        @Nullable BigDecimal perThousand,
        boolean meetsTarget) {

    /** Share of 普惠 places in per cent (0 when there are no places). */
    public double puhuiShare() {
        return places == 0 ? 0 : 100.0 * puhuiPlaces / places;
    }
}
