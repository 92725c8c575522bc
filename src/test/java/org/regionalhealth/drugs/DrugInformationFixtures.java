package org.regionalhealth.drugs;

import java.util.List;
import org.regionalhealth.drugs.catalogue.DemoProducts;
import org.regionalhealth.drugs.catalogue.Product;
import org.regionalhealth.drugs.labels.LabelBook;
import org.regionalhealth.drugs.search.SearchIndex;

/** The bundled knowledge base, label book and a generated catalogue with ids, built once per test JVM. */
public final class DrugInformationFixtures {

    public static final KnowledgeSnapshot KB = new DrugKnowledge(new DrugsProperties(null), event -> {}).snapshot();
    public static final LabelBook LABELS = LabelBook.load(KB);
    public static final int SMALL = 5_000;
    public static final List<Product> PRODUCTS = withIds(DemoProducts.generate(KB, SMALL, 20260101L));
    public static final SearchIndex INDEX = SearchIndex.build(KB, PRODUCTS, LABELS.writtenGenerics());

    private DrugInformationFixtures() {}

    public static List<Product> withIds(List<Product> products) {
        var out = new java.util.ArrayList<Product>(products.size());
        for (int i = 0; i < products.size(); i++) {
            out.add(products.get(i).withId(i + 1));
        }
        return out;
    }
}
