package org.regionalhealth.drugs.knowledge;

import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.drugs.DrugKnowledgeUpdated;
import org.regionalhealth.platform.ClusterBroadcast;
import org.regionalhealth.platform.ClusterMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A knowledge base put in service on one node is put in service on every node (ADR 0010, docs/scale-out.md): a
 * {@link DrugKnowledgeUpdated} of this node is broadcast, and a broadcast from another node reloads the knowledge
 * base here (from {@code rhp.drugs.knowledge-base-dir}, which in a cluster is one shared directory, or the
 * classpath). The reload caused by a broadcast is not broadcast again.
 */
@Component
class KnowledgeBaseBroadcast {

    static final String TOPIC = "drugs.knowledge";

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseBroadcast.class);

    private final DrugKnowledge knowledge;
    private final ClusterBroadcast cluster;
    private final ThreadLocal<Boolean> reloadingForAnotherNode = ThreadLocal.withInitial(() -> false);

    KnowledgeBaseBroadcast(DrugKnowledge knowledge, ClusterBroadcast cluster) {
        this.knowledge = knowledge;
        this.cluster = cluster;
    }

    @EventListener
    void onUpdated(DrugKnowledgeUpdated event) {
        if (!reloadingForAnotherNode.get()) {
            cluster.send(TOPIC, event.version().version());
        }
    }

    @EventListener
    void onClusterMessage(ClusterMessage message) {
        if (message.fromThisNode() || !message.topic().equals(TOPIC)) {
            return;
        }
        reloadingForAnotherNode.set(true);
        try {
            var version = knowledge.reload();
            log.info(
                    "Drug knowledge base reloaded for another node's version {}: now {}",
                    message.payload(),
                    version.version());
        } catch (RuntimeException e) {
            log.error(
                    "Another node put drug knowledge base {} in service; it does not load here", message.payload(), e);
        } finally {
            reloadingForAnotherNode.remove();
        }
    }
}
