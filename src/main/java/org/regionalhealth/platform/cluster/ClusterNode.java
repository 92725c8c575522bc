package org.regionalhealth.platform.cluster;

import java.lang.management.ManagementFactory;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * This node's name in the cluster: {@code pid@host} plus a random suffix, so two nodes on one machine (or two
 * application contexts in one test JVM) differ. ShedLock records it as the holder of a job's lock.
 */
@Component
class ClusterNode {

    private final String id = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    String id() {
        return id;
    }
}
