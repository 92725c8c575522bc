package org.regionalhealth.reviewcenter.submission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.screening.formats.PrescriptionRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST JSON for HIS vendors (issue 3 §5): screen a draft, submit (idempotent), revise, read the verdict. */
@RestController
@RequestMapping("/api/prescription-review")
@Tag(name = "处方审核 Prescription review")
class PrescriptionReviewApiController {

    private static final String PRESCRIBERS = "hasAnyRole('SERVICE', 'HOSPITAL_DOCTOR', 'STATION_DOCTOR')";
    private static final String READERS =
            "hasAnyRole('SERVICE', 'HOSPITAL_DOCTOR', 'STATION_DOCTOR', 'MC_PHARMACIST', 'DISTRICT_ADMIN')";

    private final PrescriptionSubmissions submissions;
    private final CurrentUsers users;

    PrescriptionReviewApiController(PrescriptionSubmissions submissions, CurrentUsers users) {
        this.submissions = submissions;
        this.users = users;
    }

    @PostMapping("/screen")
    @PreAuthorize(PRESCRIBERS)
    @Operation(summary = "Screen a draft prescription; nothing is stored")
    VerdictView screen(@Valid @RequestBody PrescriptionRequest request) {
        return submissions.screenDraft(request, users.require());
    }

    @PostMapping("/prescriptions")
    @PreAuthorize(PRESCRIBERS)
    @Operation(
            summary = "Submit a prescription: screened and stored; the same submission again returns the same result "
                    + "(200) and stores nothing new; different content under a used number is 409 "
                    + "PRESCRIPTION_NUMBER_REUSED")
    ResponseEntity<VerdictView> submit(@Valid @RequestBody PrescriptionRequest request) {
        var submission = submissions.submit(request, users.require());
        VerdictView view = submission.view();
        if (!submission.created()) {
            return ResponseEntity.ok(view);
        }
        return ResponseEntity.created(URI.create("/api/prescription-review/prescriptions/" + view.id()))
                .body(view);
    }

    @PutMapping("/prescriptions/{id}")
    @PreAuthorize(PRESCRIBERS)
    @Operation(summary = "Modify a prescription: re-screened; findings that no longer apply are closed")
    VerdictView revise(@PathVariable long id, @Valid @RequestBody PrescriptionRequest request) {
        return submissions.revise(id, request, users.require());
    }

    @GetMapping("/prescriptions/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "The verdict of a stored prescription (audited)")
    VerdictView verdict(@PathVariable long id) {
        return submissions.read(id, users.require());
    }

    @GetMapping("/prescriptions")
    @PreAuthorize(READERS)
    @Operation(summary = "The verdict by institution code and prescription number (audited)")
    VerdictView verdictByNumber(@RequestParam String institutionCode, @RequestParam String number) {
        return submissions.readByNumber(institutionCode, number, users.require());
    }
}
