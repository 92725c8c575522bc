package org.regionalhealth.drugs.search;

import org.regionalhealth.drugs.catalogue.Product;

/**
 * A product as the API shows it.
 *
 * @param generated true for a generated demo product (not a real marketed product)
 * @param score ranking score, {@code null} outside a search
 * @param matchedBy how the search matched it, {@code null} outside a search
 */
public record ProductView(
        long id,
        String name,
        String genericId,
        String genericName,
        String brand,
        String manufacturer,
        String approvalNumber,
        String insuranceCode,
        String insuranceClass,
        String form,
        String strength,
        String packageSpec,
        String barcode,
        boolean generated,
        Integer score,
        String matchedBy) {

    public static ProductView of(Product p, String genericName, Integer score, String matchedBy) {
        return new ProductView(
                p.id(),
                p.name(),
                p.genericId(),
                genericName,
                p.brand(),
                p.manufacturer(),
                p.approvalNumber(),
                p.insuranceCode(),
                p.insuranceClass() == null ? null : p.insuranceClass().labelZh(),
                p.form(),
                p.strength(),
                p.packageSpec(),
                p.barcode(),
                p.generated(),
                score,
                matchedBy);
    }

    public static ProductView of(SearchHit hit) {
        return of(hit.product(), hit.genericName(), hit.score(), hit.matchedBy());
    }
}
