package org.regionalhealth.dataspace.release;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate query under a contract.
 *
 * @param dimensions one or two field names to group by (quasi-identifiers or the diagnosis)
 * @param measure a numeric field to average per cell, or null
 * @param noise add Laplace noise to the counts (ε from the settings)
 */
public record QueryForm(@Nullable List<String> dimensions, @Nullable String measure, @Nullable Boolean noise) {}
