package org.regionalhealth.drugs;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Labelled dosing of a generic.
 *
 * @param unit unit of every number below: mg, g, µg, IU, ml, 万U, 片 …
 * @param adult adult range, {@code null} when not stated
 * @param paediatric paediatric range, {@code null} when the label has none
 * @param byRoute route-specific adult ranges (key: route such as 静脉滴注) that override {@code adult}
 */
public record Dosing(String unit, DoseRange adult, DoseRange paediatric, Map<String, DoseRange> byRoute) {

    public Dosing {
        Objects.requireNonNull(unit, "unit");
        byRoute = byRoute == null ? Map.of() : Map.copyOf(byRoute);
    }

    /** The adult range for a route: the route override when there is one, else the general adult range. */
    public Optional<DoseRange> adultFor(String route) {
        DoseRange specific = route == null ? null : byRoute.get(route);
        return Optional.ofNullable(specific != null ? specific : adult);
    }
}
