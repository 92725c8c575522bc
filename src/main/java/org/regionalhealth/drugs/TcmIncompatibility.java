package org.regionalhealth.drugs;

import java.util.List;
import java.util.Objects;

/**
 * A 十八反 or 十九畏 rule: no herb of {@code a} with any herb of {@code b} (药典 marks these 不宜同用).
 *
 * @param id e.g. {@code TCM-18FAN-01}
 * @param kind 十八反 or 十九畏
 * @param a herb ids of one group
 * @param b herb ids of the other group
 * @param note remarks
 * @param source source ids
 */
public record TcmIncompatibility(
        String id, String kind, List<String> a, List<String> b, String note, List<String> source) {

    public TcmIncompatibility {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        a = List.copyOf(a);
        b = List.copyOf(b);
        source = List.copyOf(source == null ? List.of() : source);
    }
}
