package org.regionalhealth.residents;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One section of the resident's health record, already in the reader's language.
 *
 * @param title the heading (for example 预防接种)
 * @param items the newest entries first; a section shows a few and links to the module's own page for the rest
 * @param moreHref the module's page with everything, or {@code null}
 * @param emptyText what the section says when it has no entries yet, including what to do (never blank)
 */
public record HealthRecordPart(
        String title, List<HealthRecordItem> items, @Nullable String moreHref, String emptyText) {}
