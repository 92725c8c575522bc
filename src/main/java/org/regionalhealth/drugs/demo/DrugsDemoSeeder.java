package org.regionalhealth.drugs.demo;

import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.drugs.catalogue.CatalogueChanged;
import org.regionalhealth.drugs.catalogue.CatalogueProperties;
import org.regionalhealth.drugs.catalogue.DemoProducts;
import org.regionalhealth.drugs.catalogue.ProductStore;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty product catalogue with the generated demo products (all marked {@code generated}), in one
 * transaction, when the demo district is on. A catalogue that holds any product (an import) is never touched. Its
 * size and seed are the catalogue's own settings ({@code rhp.drugs.catalogue.*}).
 */
@Component
@ConditionalOnProperty(name = "rhp.demo.enabled", havingValue = "true")
class DrugsDemoSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DrugsDemoSeeder.class);

    private final ProductStore store;
    private final DrugKnowledge knowledge;
    private final CatalogueProperties properties;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    DrugsDemoSeeder(
            ProductStore store,
            DrugKnowledge knowledge,
            CatalogueProperties properties,
            TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.store = store;
        this.knowledge = knowledge;
        this.properties = properties;
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public void seed(DemoSettings settings) {
        if (store.count() > 0) {
            log.info("Product catalogue not empty; no demo products generated");
            return;
        }
        long started = System.currentTimeMillis();
        var products = DemoProducts.generate(knowledge.snapshot(), properties.demoProducts(), properties.seed());
        transactions.executeWithoutResult(status -> store.insert(products, null, written -> {
            if (written % 50_000 == 0) {
                log.info("Demo products: {} / {}", written, products.size());
            }
        }));
        log.info(
                "Demo catalogue: {} generated products in {} ms",
                products.size(),
                System.currentTimeMillis() - started);
        events.publishEvent(new CatalogueChanged(products.size()));
    }
}
