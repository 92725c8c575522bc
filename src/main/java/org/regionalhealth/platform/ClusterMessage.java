package org.regionalhealth.platform;

/**
 * A message of {@link ClusterBroadcast}, published as a local application event on every node that received it.
 *
 * @param topic what changed ({@code drugs.knowledge}, {@link UnitDirectory#PATHS_CHANGED})
 * @param payload what the sender said about it
 * @param fromThisNode whether this node sent it (and so has already acted on the change itself)
 */
public record ClusterMessage(String topic, String payload, boolean fromThisNode) {

    /**
     * Published locally, with no payload, after the node's listening connection was lost and came back: messages may
     * have been missed meanwhile, so every receiver drops what it caches.
     */
    public static final String RESYNC = "platform.resync";

    /** Whether this message is about {@code topic}, or is a {@link #RESYNC} that concerns every topic. */
    public boolean concerns(String topic) {
        return this.topic.equals(topic) || RESYNC.equals(this.topic);
    }
}
