package org.regionalhealth.residents;

import java.util.Optional;
import org.regionalhealth.platform.CurrentUser;

/**
 * A module's part of the resident's health record (居民健康档案): the record page of residents shows every bean of
 * this type, so a new module (vaccination, appointments, weight …) plugs its section in without touching the page
 * (docs/adr/0011-platform-conventions.md). The record page has already checked that the viewer may see the resident;
 * the section applies its own masking and audits its own read.
 */
public interface HealthRecordSection {

    /** The section for this resident, empty when the module has nothing to show (the page then omits it). */
    Optional<HealthRecordPart> part(long residentId, CurrentUser viewer);
}
