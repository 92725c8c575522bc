package org.regionalhealth.drugs.search;

import org.regionalhealth.drugs.catalogue.InsuranceClass;
import org.regionalhealth.drugs.catalogue.Product;

/**
 * Optional filters of a search.
 *
 * @param form dosage form the product's form must contain (e.g. 胶囊 matches 缓释胶囊), {@code null}: any
 * @param insuranceClass 甲/乙/丙, {@code null}: any
 */
public record SearchFilters(String form, InsuranceClass insuranceClass) {

    public static final SearchFilters NONE = new SearchFilters(null, null);

    boolean accepts(Product p) {
        return (form == null || p.form().contains(form))
                && (insuranceClass == null || insuranceClass == p.insuranceClass());
    }
}
