package org.regionalhealth.dataspace.catalogue;

import java.util.List;

/**
 * A data product registered on a dataset: the fields it offers (never a direct identifier), its delivery and the k
 * its releases must meet.
 */
public record Product(
        long id,
        String code,
        long datasetId,
        String datasetName,
        Classification classification,
        String owner,
        String name,
        String description,
        Delivery delivery,
        List<FieldKind> fields,
        int k,
        boolean demo,
        boolean releasable) {}
