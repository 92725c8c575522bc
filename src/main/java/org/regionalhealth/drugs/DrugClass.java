package org.regionalhealth.drugs;

import java.util.Objects;

/**
 * A node of our own drug class hierarchy (not ATC, whose tables may not be redistributed: research §4.4).
 *
 * @param code lowercase code, e.g. {@code statin}
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param parent parent code, {@code null} for a root
 */
public record DrugClass(String code, String nameZh, String nameEn, String parent) {

    public DrugClass {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
    }
}
