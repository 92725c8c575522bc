package org.regionalhealth.dataspace;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the data space (docs/data-space.md).
 *
 * @param k the smallest group a released table may contain (k-anonymity, platform policy; GB/T 37964-2019 sets no
 *     fixed k): 5 by default, never below 2; a product may ask for more, never for less
 * @param smallCell aggregate cells with fewer people than this are suppressed
 * @param maxSuppression the largest share of rows a file release may withhold instead of generalising further
 * @param epsilon ε of the Laplace noise a query may ask for on its counts (per query; a contract's queries add up)
 * @param maxUses the largest number of uses a contract may grant
 * @param maxDays the longest a contract may run
 * @param demoSubjects rows of the synthetic person-level source the demo writes
 */
@ConfigurationProperties("rhp.dataspace")
public record DataspaceProperties(
        @DefaultValue("5") int k,
        @DefaultValue("5") int smallCell,
        @DefaultValue("0.02") double maxSuppression,
        @DefaultValue("1.0") double epsilon,
        @DefaultValue("100") int maxUses,
        @DefaultValue("365") int maxDays,
        @DefaultValue("20000") int demoSubjects) {

    public DataspaceProperties {
        if (k < 2) {
            throw new IllegalArgumentException("rhp.dataspace.k must be at least 2");
        }
    }
}
