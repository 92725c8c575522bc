package org.regionalhealth.dataspace.catalogue;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A dataset to register, with the products built on it. */
public record NewDataset(
        String code,
        String name,
        String owner,
        String description,
        DataCategory category,
        Classification classification,
        UpdateFrequency frequency,
        @Nullable Cohort cohort,
        double quality,
        List<FieldKind> fields,
        List<NewProduct> products) {

    /** A product of the dataset; its fields must be fields of the dataset and none a direct identifier. */
    public record NewProduct(
            String code, String name, String description, Delivery delivery, List<FieldKind> fields, int k) {}
}
