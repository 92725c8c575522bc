package org.regionalhealth.platform;

/**
 * Tells every node of the cluster, this one included, that something a node keeps in memory has changed (a
 * knowledge-base reload, moved units), so each drops or rebuilds its copy (docs/scale-out.md). Delivered through
 * PostgreSQL {@code NOTIFY}: inside a transaction only when it commits, never for a rolled-back one. Receivers listen
 * for {@link ClusterMessage}.
 */
public interface ClusterBroadcast {

    /**
     * Sends {@code payload} on {@code topic} to every node: to this one as a local {@link ClusterMessage} after the
     * current transaction commits (at once without one), to the others through the database.
     *
     * @param topic lower-case words with dots or dashes ({@code drugs.knowledge}), at most 60 characters
     * @param payload short text (an id, a version), at most 1,000 characters
     */
    void send(String topic, String payload);
}
