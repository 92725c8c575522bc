package org.regionalhealth.drugs;

import org.regionalhealth.drugs.knowledge.KnowledgeBaseLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The drug knowledge base of this process. Readers take {@link #snapshot()} (a volatile read, no lock);
 * {@link #reload()} builds a complete new snapshot first and swaps it in only when it loaded without error, so a
 * broken update never replaces a working knowledge base.
 */
@Service
public class DrugKnowledge {

    private static final Logger log = LoggerFactory.getLogger(DrugKnowledge.class);

    private final DrugsProperties properties;
    private final ApplicationEventPublisher events;
    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader();
    private volatile KnowledgeSnapshot current;

    public DrugKnowledge(DrugsProperties properties, ApplicationEventPublisher events) {
        this.properties = properties;
        this.events = events;
        this.current = load();
    }

    /** The snapshot now served; keep it for the whole of one screening so that all findings cite one version. */
    public KnowledgeSnapshot snapshot() {
        return current;
    }

    /**
     * Loads the knowledge base again (external directory when configured, else the classpath), swaps it in and
     * publishes {@link DrugKnowledgeUpdated}.
     *
     * @throws InvalidKnowledgeBaseException when the new data does not load; the previous snapshot stays in service
     */
    public synchronized KnowledgeBaseVersion reload() {
        KnowledgeSnapshot fresh = load();
        current = fresh;
        events.publishEvent(new DrugKnowledgeUpdated(fresh.version()));
        return fresh.version();
    }

    private KnowledgeSnapshot load() {
        KnowledgeSnapshot snapshot = properties.knowledgeBaseDir() == null
                ? loader.fromClasspath()
                : loader.fromDirectory(properties.knowledgeBaseDir());
        log.info(
                "drug knowledge base {} from {}: {} generics, {} classes, {} interactions, {} sources",
                snapshot.version().version(),
                snapshot.version().origin(),
                snapshot.generics().size(),
                snapshot.classes().size(),
                snapshot.interactions().size(),
                snapshot.sources().size());
        return snapshot;
    }
}
