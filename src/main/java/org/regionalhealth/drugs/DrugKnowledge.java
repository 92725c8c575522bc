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

    /**
     * A candidate knowledge base: the one in service with {@code replacedFiles} (relative path such as
     * {@code interactions/high-priority.yaml} → YAML) swapped, loaded and checked like a reload but <em>not</em> put
     * in service (issue 4 §5: replay before a change goes live).
     *
     * @throws InvalidKnowledgeBaseException when the candidate does not load
     */
    public KnowledgeSnapshot candidate(java.util.Map<String, String> replacedFiles) {
        return org.regionalhealth.drugs.knowledge.CandidateKnowledgeBase.load(
                properties.knowledgeBaseDir(), replacedFiles);
    }

    /** Whether {@code path} names a file of the knowledge base ({@code interactions/high-priority.yaml}, …). */
    public static boolean isKnowledgeBaseFile(String path) {
        return org.regionalhealth.drugs.knowledge.CandidateKnowledgeBase.isFile(path);
    }

    /**
     * Puts a candidate in service after an authorised, recorded decision, and publishes {@link DrugKnowledgeUpdated}.
     * With a configured knowledge-base directory the replaced files are written there too, so a restart keeps them.
     */
    public synchronized KnowledgeBaseVersion activate(
            KnowledgeSnapshot candidate, java.util.Map<String, String> replacedFiles) {
        if (properties.knowledgeBaseDir() != null) {
            for (var e : replacedFiles.entrySet()) {
                try {
                    java.nio.file.Files.writeString(
                            properties.knowledgeBaseDir().resolve(e.getKey()),
                            e.getValue(),
                            java.nio.charset.StandardCharsets.UTF_8);
                } catch (java.io.IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            }
        }
        current = candidate;
        log.info(
                "drug knowledge base {} activated from a replayed candidate",
                candidate.version().version());
        events.publishEvent(new DrugKnowledgeUpdated(candidate.version()));
        return candidate.version();
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
