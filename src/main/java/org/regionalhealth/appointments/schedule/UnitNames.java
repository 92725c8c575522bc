package org.regionalhealth.appointments.schedule;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.springframework.stereotype.Component;

/** Names and places of institutions, cached (the tree changes rarely and lists ask for the same few dozen units). */
@Component
public class UnitNames {

    private final Organizations organizations;
    private final Map<Long, Unit> units = new ConcurrentHashMap<>();

    UnitNames(Organizations organizations) {
        this.organizations = organizations;
    }

    public Unit unit(long id) {
        return units.computeIfAbsent(id, k -> organizations.find(k).orElseThrow());
    }

    public String name(long id) {
        return unit(id).name();
    }
}
