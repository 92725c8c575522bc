package org.regionalhealth.dataspace.catalogue;

/**
 * How a product is delivered: query-only (aggregates computed inside, small cells suppressed), a de-identified file,
 * or either. Labels: {@code enum.Delivery.<NAME>}.
 */
public enum Delivery {
    QUERY,
    FILE,
    BOTH;

    public boolean allows(Delivery asked) {
        return this == BOTH || this == asked;
    }
}
