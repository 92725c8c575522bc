package org.regionalhealth.familydoctor.teams;

import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;

/** Unit names for the pages' lists, looked up as the template asks (a handful of units per page). */
public record UnitNames(Organizations organizations) {
    public String of(Long id) {
        return id == null ? "—" : organizations.find(id).map(Unit::name).orElse("#" + id);
    }

    public String ofPath(String path) {
        String[] ids = path.split("/");
        return of(Long.parseLong(ids[ids.length - 1]));
    }
}
