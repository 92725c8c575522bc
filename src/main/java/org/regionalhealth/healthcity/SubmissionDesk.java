package org.regionalhealth.healthcity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;

/**
 * Department forms: submit with evidence, a two-level approval by two different people (the department's second
 * officer, then the district's 爱卫办), return with a reason; late and missing submissions.
 */
public interface SubmissionDesk {

    /**
     * Submits (or, after a return, resubmits) a department's values with evidence.
     *
     * @throws org.regionalhealth.platform.PlatformException {@code HEALTHCITY_SUBMISSION_INVALID} with every bad field
     *     (a value outside the indicator's range, not a number, a missing town, a file of the wrong type or size),
     *     {@code HEALTHCITY_NOT_YOUR_DEPARTMENT} (403), {@code HEALTHCITY_ALREADY_SUBMITTED} (409)
     */
    Submission submit(NewSubmission submission, List<EvidenceFile> evidence, CurrentUser user);

    /**
     * Approves the next level: a second officer of the department, then the district administrator.
     *
     * @throws org.regionalhealth.platform.PlatformException {@code HEALTHCITY_SAME_PERSON} (409) when the user
     *     submitted it or approved the level before, {@code HEALTHCITY_NOT_YOUR_LEVEL} (403), {@code
     *     HEALTHCITY_STATE_CHANGED} (409)
     */
    Submission approve(long id, CurrentUser user);

    /** Returns a submission to the department with a reason (required). */
    Submission returnToDepartment(long id, String reason, CurrentUser user);

    Optional<Submission> find(long id, CurrentUser user);

    /** Submissions of a year (and state), the user's department only for an officer, newest first. */
    PageResult<Submission> search(int year, @Nullable SubmissionState state, CurrentUser user, int page, int size);

    /** Submissions waiting for this user's approval. */
    long waitingFor(CurrentUser user);

    /** Every department indicator of a year: on time, late, missing or not yet due (the officer's: own department). */
    List<ReportingStatus> status(int year, CurrentUser user);

    /** The day a year's department values are due (inclusive). */
    java.time.LocalDate dueOn(int year);

    /** The latest year whose department values were due before today (its late and missing ones are final). */
    int lastDueYear();

    /** An evidence file's content, audited as an export. */
    Optional<EvidenceContent> evidence(long evidenceId, CurrentUser user);

    /** The department an officer submits for, if assigned. */
    Optional<Department> departmentOf(String username);

    /** Assigns an officer to a department (district administrator, or the demo). */
    void assign(String username, Department department);

    /**
     * Imports a year's values from an evaluation made before the platform (district administrator): they count as
     * approved, with the day they were reported.
     */
    void importValues(
            String code, int year, Map<String, BigDecimal> values, Instant reportedAt, String note, CurrentUser user);

    /** An evidence file with its bytes. */
    record EvidenceContent(String fileName, String contentType, byte[] content) {}
}
