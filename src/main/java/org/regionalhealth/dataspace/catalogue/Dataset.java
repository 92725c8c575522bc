package org.regionalhealth.dataspace.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dataset of the catalogue (dcat:Dataset).
 *
 * @param cohort the rows of the synthetic source behind it, or null for a catalogue-only entry
 * @param quality quality score 0–100 (completeness, timeliness, consistency; demo values)
 * @param demo a demo entry (all of them in this build)
 */
public record Dataset(
        long id,
        String code,
        String name,
        String owner,
        String description,
        DataCategory category,
        Classification classification,
        UpdateFrequency frequency,
        @Nullable Cohort cohort,
        double quality,
        boolean demo,
        LocalDate registeredOn,
        List<FieldKind> fields) {

    /** Whether releases can be made: a cohort of the source and every field computed from it. */
    public boolean releasable() {
        return cohort != null && fields.stream().allMatch(f -> f.source() != null);
    }
}
