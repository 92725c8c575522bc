package org.regionalhealth.familydoctor.chronic;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.regionalhealth.platform.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/familydoctor")
@Tag(name = "家庭医生 Family doctors")
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN','HOSPITAL_DOCTOR','STATION_DOCTOR','SERVICE')")
class ChronicApiController {

    record Enrolment(@NotNull Long residentId, @NotNull Disease disease) {}

    record ReferralCheck(@NotBlank String outcome) {}

    private final ChronicCare care;
    private final CurrentUsers users;
    private final org.regionalhealth.platform.AuditLog audit;

    ChronicApiController(ChronicCare care, CurrentUsers users, org.regionalhealth.platform.AuditLog audit) {
        this.care = care;
        this.users = users;
        this.audit = audit;
    }

    @PostMapping("/patients")
    @Operation(summary = "Take a resident into chronic-disease management; the first follow-up is due at once")
    ResponseEntity<ChronicPatient> enrol(@Valid @RequestBody Enrolment e) {
        var p = care.enrol(e.residentId(), e.disease(), users.require());
        return ResponseEntity.created(URI.create("/api/familydoctor/patients/" + p.id()))
                .body(p);
    }

    @GetMapping("/patients/{id}")
    ChronicPatient get(@PathVariable long id) {
        var patient = care.require(id, users.require());
        // a chronic patient's record is personal health data: every read is audited (issue 15)
        audit.record(
                org.regionalhealth.platform.AuditLog.Action.READ,
                "familydoctor_chronic_patient",
                List.of(id),
                "GET /api/familydoctor/patients/" + id);
        return patient;
    }

    @GetMapping("/patients/{id}/followups")
    List<ChronicCare.FollowUpRow> history(@PathVariable long id) {
        care.require(id, users.require());
        var rows = care.history(id, 100);
        audit.record(
                org.regionalhealth.platform.AuditLog.Action.READ,
                "familydoctor_chronic_patient",
                List.of(id),
                "GET /api/familydoctor/patients/" + id + "/followups");
        return rows;
    }

    @PostMapping("/patients/{id}/followups")
    @Operation(
            summary =
                    "Record a follow-up; the response carries its class, the next step, the next due date and any referral")
    ResponseEntity<RecordedFollowUp> record(@PathVariable long id, @Valid @RequestBody FollowUpForm form) {
        var r = care.record(id, form, users.require());
        return ResponseEntity.created(URI.create("/api/familydoctor/patients/" + id + "/followups"))
                .body(r);
    }

    @PostMapping("/referrals/{id}/check")
    @Operation(summary = "Record the 2-week check of a referral (主动随访转诊情况)")
    ResponseEntity<Void> check(@PathVariable long id, @Valid @RequestBody ReferralCheck c) {
        care.checkReferral(id, c.outcome(), users.require());
        return ResponseEntity.noContent().build();
    }
}
