package org.regionalhealth.childcare;

import java.math.BigDecimal;
import java.util.List;

/**
 * Places per 1,000 residents by town and for the district, with the target they are measured against.
 *
 * @param populationSource where the population figures come from
 */
public record PlacesOverview(
        List<TownPlaces> towns, TownPlaces district, BigDecimal target, String targetSource, String populationSource) {}
