package org.regionalhealth.eldercare;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regionalhealth.platform.CurrentUser;

/** Records and reads capability assessments, within the user's scope, audited. */
public interface CapabilityAssessments {

    /**
     * Scores and stores an assessment.
     *
     * @throws org.regionalhealth.platform.PlatformException {@code ELDERCARE_ASSESSMENT_INVALID} (400) with every
     *     missing or out-of-range item by its name, nothing stored; {@code ELDERCARE_AGE} when the resident is under
     *     the standard's minimum age; 404 when the resident is outside the user's scope
     */
    Assessment record(NewAssessment assessment, CurrentUser user);

    Optional<Assessment> find(long id, CurrentUser user);

    /** The resident's assessments, newest first. */
    List<Assessment> ofResident(long residentId, CurrentUser user);

    /** The latest assessments in the user's scope, newest first. */
    List<Assessment> latest(CurrentUser user, int limit);

    /** Residents in the user's scope assessed on or after the day (ids only; not audited). */
    Set<Long> assessedSince(LocalDate day, CurrentUser user);

    /** The latest assessment of each of these residents that has one, within the user's scope. */
    Map<Long, Assessment> latestOf(Collection<Long> residentIds, CurrentUser user);
}
