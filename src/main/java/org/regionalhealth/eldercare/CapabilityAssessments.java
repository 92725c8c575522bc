package org.regionalhealth.eldercare;

import java.util.List;
import java.util.Optional;
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
}
