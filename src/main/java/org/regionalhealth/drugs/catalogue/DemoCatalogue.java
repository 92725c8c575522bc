package org.regionalhealth.drugs.catalogue;

import org.regionalhealth.drugs.DrugKnowledge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty product catalogue with the generated demo products (all marked {@code generated}), in one
 * transaction, when the demo district is on. A catalogue that holds any product (an import) is never touched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@ConditionalOnProperty(name = "rhp.demo.enabled", havingValue = "true")
class DemoCatalogue implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

    private final ProductStore store;
    private final DrugKnowledge knowledge;
    private final CatalogueProperties properties;
    private final TransactionTemplate transactions;
    private final org.springframework.context.ApplicationEventPublisher events;

    DemoCatalogue(
            ProductStore store,
            DrugKnowledge knowledge,
            CatalogueProperties properties,
            TransactionTemplate transactions,
            org.springframework.context.ApplicationEventPublisher events) {
        this.store = store;
        this.knowledge = knowledge;
        this.properties = properties;
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
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
