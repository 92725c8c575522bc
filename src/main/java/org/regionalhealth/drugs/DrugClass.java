package org.regionalhealth.drugs;

import java.util.Objects;

/**
 * A node of our own drug class hierarchy (not ATC, whose tables may not be redistributed: research §4.4).
 *
 * @param code lowercase code, e.g. {@code statin}
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param parent parent code, {@code null} for a root
 * @param duplicateTherapy whether two different generics under this class are duplicate therapy: {@code true} for a
 *     parent class whose members act alike (all NSAIDs, all antidepressants, sedative-hypnotics); {@code false} for a
 *     class whose members are combined by standard practice (an exemption, with its source); {@code null}: only two
 *     generics listing this very class are duplicates
 * @param duplicateNote why the class is a duplicate group or an exemption
 * @param source source ids of the duplicate-therapy decision
 */
public record DrugClass(
        String code,
        String nameZh,
        String nameEn,
        String parent,
        Boolean duplicateTherapy,
        String duplicateNote,
        java.util.List<String> source) {

    public DrugClass {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        source = source == null ? java.util.List.of() : java.util.List.copyOf(source);
    }

    /** A class without a duplicate-therapy decision. */
    public DrugClass(String code, String nameZh, String nameEn, String parent) {
        this(code, nameZh, nameEn, parent, null, null, java.util.List.of());
    }
}
