package org.regionalhealth.drugs.search;

import java.util.ArrayList;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.drugs.DrugKnowledgeUpdated;
import org.regionalhealth.drugs.catalogue.CatalogueChanged;
import org.regionalhealth.drugs.catalogue.Product;
import org.regionalhealth.drugs.catalogue.ProductStore;
import org.regionalhealth.drugs.labels.LabelBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The catalogue as the service reads it: the search index built from the products in PostgreSQL and the label book
 * of the current knowledge-base snapshot. Built on first use and rebuilt whole (then swapped in) after an import or a
 * knowledge-base reload, so a reader never sees half an index.
 */
@Service
public class DrugCatalogue {

    private static final Logger log = LoggerFactory.getLogger(DrugCatalogue.class);

    /** One consistent pair of index and label book. */
    public record State(SearchIndex index, LabelBook labels) {}

    private final ProductStore store;
    private final DrugKnowledge knowledge;
    private volatile State state;

    DrugCatalogue(ProductStore store, DrugKnowledge knowledge) {
        this.store = store;
        this.knowledge = knowledge;
    }

    public State state() {
        State s = state;
        if (s == null) {
            synchronized (this) {
                if (state == null) {
                    state = build();
                }
                s = state;
            }
        }
        return s;
    }

    public SearchIndex index() {
        return state().index();
    }

    public LabelBook labels() {
        return state().labels();
    }

    /** Rebuilds from the database and the current knowledge base, then swaps the new state in. */
    public synchronized void refresh() {
        state = build();
    }

    @EventListener
    void onKnowledgeUpdated(DrugKnowledgeUpdated event) {
        refresh();
    }

    @EventListener
    void onCatalogueChanged(CatalogueChanged event) {
        refresh();
    }

    private State build() {
        long started = System.nanoTime();
        var kb = knowledge.snapshot();
        var labels = LabelBook.load(kb);
        var products = new ArrayList<Product>();
        store.forEach(products::add);
        var index = SearchIndex.build(kb, products, labels.writtenGenerics());
        log.info(
                "drug search index: {} products, {} dictionary keys, {} written label sections, built in {} ms",
                index.size(),
                index.dictionarySize(),
                labels.writtenSectionCount(),
                (System.nanoTime() - started) / 1_000_000);
        return new State(index, labels);
    }
}
