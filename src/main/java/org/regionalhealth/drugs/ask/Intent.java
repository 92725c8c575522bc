package org.regionalhealth.drugs.ask;

import java.util.Optional;
import org.regionalhealth.drugs.labels.LabelSection;

/** What a question asks: one label section, or {@code unknown}. Serialised as its {@link #code()}. */
public enum Intent {
    INDICATIONS(LabelSection.INDICATIONS),
    DOSAGE(LabelSection.DOSAGE),
    CONTRAINDICATIONS(LabelSection.CONTRAINDICATIONS),
    ADVERSE_REACTIONS(LabelSection.ADVERSE_REACTIONS),
    PRECAUTIONS(LabelSection.PRECAUTIONS),
    PREGNANCY_LACTATION(LabelSection.PREGNANCY_LACTATION),
    CHILDREN(LabelSection.CHILDREN),
    ELDERLY(LabelSection.ELDERLY),
    INTERACTIONS(LabelSection.INTERACTIONS),
    STORAGE(LabelSection.STORAGE),
    UNKNOWN(null);

    private final LabelSection section;

    Intent(LabelSection section) {
        this.section = section;
    }

    public Optional<LabelSection> section() {
        return Optional.ofNullable(section);
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return section == null ? "unknown" : section.code();
    }

    public static Optional<Intent> ofCode(String code) {
        for (var i : values()) {
            if (i.code().equals(code)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
