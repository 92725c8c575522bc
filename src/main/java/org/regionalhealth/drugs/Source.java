package org.regionalhealth.drugs;

import java.util.Objects;

/**
 * A citable document: regulation, catalogue, label (说明书), pharmacopoeia, guideline or paper.
 *
 * @param id e.g. {@code REG-CFGL-2007}, {@code LABEL-SIMVASTATIN}
 * @param kind regulation, catalogue, label, pharmacopoeia, guideline or literature
 * @param title title as published
 * @param issuer issuing body or authors
 * @param number 文号 or citation, when it has one
 * @param date issue or effective date (ISO, may be only a year), when known
 * @param section section cited, when the whole document is not meant
 * @param note what the entry is used for, or what is still to be checked
 */
public record Source(
        String id, String kind, String title, String issuer, String number, String date, String section, String note) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }
}
