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
     * One side: exactly one of a generic id or a class code.
     *
     * @param drug generic id
     * @param drugClass class code
     */
    public record Party(String drug, String drugClass) {

        public Party {
            if ((drug == null) == (drugClass == null)) {
                throw new IllegalArgumentException("an interaction side names exactly one of drug or class");
            }
        }

        public static Party drug(String id) {
            return new Party(id, null);
        }

        public static Party ofClass(String code) {
            return new Party(null, code);
        }
    }
}
