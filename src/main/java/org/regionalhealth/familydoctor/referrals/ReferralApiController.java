package org.regionalhealth.familydoctor.referrals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
@RequestMapping("/api/familydoctor/referrals")
@Tag(name = "家庭医生 Family doctors")
class ReferralApiController {

    record ReferBack(@NotBlank @Size(max = 500) String outcome, @NotBlank @Size(max = 500) String advice) {}

    private final HospitalReferrals referrals;
    private final CurrentUsers users;

    ReferralApiController(HospitalReferrals referrals, CurrentUsers users) {
        this.referrals = referrals;
        this.users = users;
    }

    @GetMapping("/incoming")
    @PreAuthorize("hasAnyRole('HOSPITAL_DOCTOR','DISTRICT_ADMIN')")
    @Operation(summary = "Referrals addressed to hospitals in the caller's scope (audited)")
    List<HospitalReferrals.Referral> incoming() {
        return referrals.incoming(users.require());
    }

    @GetMapping("/sent")
    @PreAuthorize("hasAnyRole('STATION_DOCTOR','HOSPITAL_DOCTOR','DISTRICT_ADMIN')")
    @Operation(summary = "Referrals sent from units in the caller's scope, with the hospital's outcome (audited)")
    List<HospitalReferrals.Referral> sent() {
        return referrals.sent(users.require());
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasRole('HOSPITAL_DOCTOR')")
    @Operation(summary = "Accept a referral addressed to the caller's hospital")
    ResponseEntity<Void> accept(@PathVariable long id) {
        referrals.accept(id, users.require());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasRole('HOSPITAL_DOCTOR')")
    @Operation(summary = "Record the hospital's outcome and refer the patient back down to the station (下转)")
    ResponseEntity<Void> referBack(@PathVariable long id, @Valid @RequestBody ReferBack body) {
        referrals.referBack(id, body.outcome(), body.advice(), users.require());
        return ResponseEntity.noContent().build();
    }
}
