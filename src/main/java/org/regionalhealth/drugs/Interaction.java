package org.regionalhealth.drugs;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A drug–drug, drug–class or class–class interaction; it applies in both orders.
 *
 * @param id e.g. {@code DDI-0001}
 * @param a one side
 * @param b the other side
 * @param severity how severe
 * @param mechanism mechanism and consequence, restated
 * @param management what to do
 * @param source source ids
 * @param checked date last checked
 */
public record Interaction(
        String id,
        Party a,
        Party b,
        Severity severity,
        String mechanism,
        String management,
        List<String> source,
        LocalDate checked) {

    public Interaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(severity, "severity");
        source = List.copyOf(source == null ? List.of() : source);
    }

    /**
     * One side: exactly one of a generic id or a class code, optionally only by some routes.
     *
     * @param drug generic id
     * @param drugClass class code
     * @param routes the routes (knowledge-base spelling, e.g. 静脉注射, 静脉滴注) by which this side takes part; empty =
     *     any route. Ceftriaxone precipitates with calcium only when both meet in a vein, so an oral calcium tablet
     *     is no party to it (issue 14: interactions calibrated by route as data).
     */
    public record Party(String drug, String drugClass, List<String> routes) {

        public Party {
            if ((drug == null) == (drugClass == null)) {
                throw new IllegalArgumentException("an interaction side names exactly one of drug or class");
            }
            routes = List.copyOf(routes == null ? List.of() : routes);
        }

        public Party(String drug, String drugClass) {
            this(drug, drugClass, List.of());
        }

        public static Party drug(String id) {
            return new Party(id, null);
        }

        public static Party ofClass(String code) {
            return new Party(null, code);
        }

        /** Whether a line given by {@code route} takes part; an unknown route ({@code null}) always does. */
        public boolean byRoute(String route) {
            return routes.isEmpty() || route == null || routes.contains(route);
        }
    }
}
