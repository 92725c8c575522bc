package org.regionalhealth.reviewcenter.workbench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.springframework.stereotype.Component;

/** Institution names and codes for lists, cached: units hardly change, and a queue page must not ask per row. */
@Component
class InstitutionNames {

    private final Organizations organizations;
    private final Map<Long, Unit> cache = new ConcurrentHashMap<>();

    InstitutionNames(Organizations organizations) {
        this.organizations = organizations;
    }

    /** Units moved (on any node): drop the cached units, their paths and medical communities (docs/scale-out.md). */
    @org.springframework.context.event.EventListener
    void onClusterMessage(org.regionalhealth.platform.ClusterMessage message) {
        if (message.concerns(org.regionalhealth.platform.UnitDirectory.PATHS_CHANGED)) {
            cache.clear();
        }
    }

    String nameOf(long id) {
        Unit u = unit(id);
        return u == null ? Long.toString(id) : u.name();
    }

    String codeOf(long id) {
        Unit u = unit(id);
        return u == null ? Long.toString(id) : u.code();
    }

    private Unit unit(long id) {
        Unit cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        return organizations
                .find(id)
                .map(u -> {
                    cache.put(id, u);
                    return u;
                })
                .orElse(null);
    }
}
