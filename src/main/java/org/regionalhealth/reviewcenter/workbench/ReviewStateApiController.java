package org.regionalhealth.reviewcenter.workbench;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A prescription's review state for the HIS (pull; dispense and charge refused with 409 before it passes), the
 * doctor's loop (list, double signature), the story, and the patient-facing status.
 */
@RestController
@RequestMapping("/api/prescription-review")
@Tag(name = "处方审核流程 Review workflow")
class ReviewStateApiController {

    private static final String READERS =
            "hasAnyRole('SERVICE', 'HOSPITAL_DOCTOR', 'STATION_DOCTOR', 'MC_PHARMACIST', 'DISTRICT_ADMIN')";
    private static final String DOCTORS = "hasAnyRole('HOSPITAL_DOCTOR', 'STATION_DOCTOR')";

    private final ReviewWorkflow workflow;
    private final PrescriptionStories stories;
    private final CurrentUsers users;
    private final Clock clock;

    ReviewStateApiController(ReviewWorkflow workflow, PrescriptionStories stories, CurrentUsers users, Clock clock) {
        this.clock = clock;
        this.workflow = workflow;
        this.stories = stories;
        this.users = users;
    }

    @GetMapping("/prescriptions/{id}/review")
    @PreAuthorize(READERS)
    @Operation(summary = "The review state of a prescription and whether it may be charged and dispensed (audited)")
    PrescriptionStories.ReviewStatus status(@PathVariable long id) {
        return stories.status(id, users.require());
    }

    @PostMapping("/prescriptions/{id}/dispense")
    @PreAuthorize("hasRole('SERVICE')")
    @Operation(summary = "The HIS reports it dispensed; 409 REVIEW_NOT_PASSED unless PASSED, APPROVED or DOUBLE_SIGNED")
    PrescriptionStories.ReviewStatus dispense(@PathVariable long id) {
        var user = users.require();
        workflow.dispense(id, user);
        return stories.status(id, user);
    }

    @PostMapping("/prescriptions/{id}/charge")
    @PreAuthorize("hasRole('SERVICE')")
    @Operation(summary = "The HIS asks before charging; 409 REVIEW_NOT_PASSED unless the state passes; nothing changes")
    PrescriptionStories.ReviewStatus charge(@PathVariable long id) {
        var user = users.require();
        workflow.charge(id, user);
        return stories.status(id, user);
    }

    @GetMapping("/prescriptions/{id}/events")
    @PreAuthorize(READERS)
    @Operation(summary = "The full story of a prescription: revisions, findings opened and closed, every state change")
    PrescriptionStories.Story story(@PathVariable long id) {
        return stories.story(id, users.require());
    }

    @GetMapping("/returned")
    @PreAuthorize(DOCTORS)
    @Operation(summary = "Returned, awaiting-signature and rejected prescriptions in the doctor's institution")
    List<PrescriptionStories.DoctorItem> returned(@RequestParam(defaultValue = "100") int limit) {
        return stories.forDoctor(users.require(), limit);
    }

    /** A double signature. */
    record DoubleSign(@NotBlank String reason, @Nullable @Size(max = 1000) String message) {}

    @PostMapping("/prescriptions/{id}/double-sign")
    @PreAuthorize(DOCTORS)
    @Operation(summary = "Double-sign (双签) with a coded reason: only T1/T2, from AWAITING_SIGNATURE or RETURNED")
    PrescriptionStories.ReviewStatus doubleSign(@PathVariable long id, @Valid @RequestBody DoubleSign body) {
        var user = users.require();
        workflow.doubleSign(id, body.reason(), body.message(), user);
        return stories.status(id, user);
    }

    @GetMapping("/my-prescriptions")
    @PreAuthorize("hasRole('RESIDENT')")
    @Operation(summary = "The resident's own prescriptions: waiting / passed / returned and the expected wait")
    List<PrescriptionStories.PatientStatus> mine() {
        return stories.forResident(users.require(), clock.instant());
    }
}
