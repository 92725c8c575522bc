package org.regionalhealth.familydoctor.contracts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
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
@RequestMapping("/api/familydoctor/contracts")
@Tag(name = "家庭医生 Family doctors")
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN','HOSPITAL_DOCTOR','STATION_DOCTOR','SERVICE')")
class ContractApiController {

    record Application(@NotNull Long residentId, @NotNull Long teamId, @NotBlank String packageCode) {}

    record Review(boolean approve) {}

    record Signature(
            @NotBlank String signatureMethod,
            @NotBlank @Size(max = 200_000) String signature,
            @Nullable LocalDate startDate) {}

    record Switch(
            @NotNull Long teamId, @NotBlank String signatureMethod, @NotBlank @Size(max = 200_000) String signature) {}

    record Termination(@NotBlank @Size(max = 200) String reason) {}

    private final Contracts contracts;
    private final CurrentUsers users;
    private final org.regionalhealth.platform.AuditLog audit;

    ContractApiController(Contracts contracts, CurrentUsers users, org.regionalhealth.platform.AuditLog audit) {
        this.contracts = contracts;
        this.users = users;
        this.audit = audit;
    }

    @PostMapping
    @Operation(summary = "Apply for a contract; 409 CONTRACT_OPEN_EXISTS when the resident already has one, TEAM_FULL")
    ResponseEntity<Contract> apply(@Valid @RequestBody Application a) {
        var c = contracts.apply(a.residentId(), a.teamId(), a.packageCode(), users.require());
        return ResponseEntity.created(URI.create("/api/familydoctor/contracts/" + c.id()))
                .body(c);
    }

    @GetMapping("/{id}")
    Contract get(@PathVariable long id) {
        var contract = contracts.get(id, users.require());
        // a contract names the resident, their team and their signature: every read is audited (issue 15)
        audit.record(
                org.regionalhealth.platform.AuditLog.Action.READ,
                "familydoctor_contract",
                java.util.List.of(id),
                "GET /api/familydoctor/contracts/" + id);
        return contract;
    }

    @PostMapping("/{id}/review")
    Contract review(@PathVariable long id, @RequestBody Review r) {
        return contracts.review(id, r.approve(), users.require());
    }

    @PostMapping("/{id}/sign")
    @Operation(summary = "Sign an approved contract with the resident's electronic signature")
    Contract sign(@PathVariable long id, @Valid @RequestBody Signature s) {
        return contracts.sign(id, s.signatureMethod(), s.signature(), s.startDate(), users.require());
    }

    @PostMapping("/{id}/renew")
    @Operation(summary = "Renew for a year; 409 RENEWAL_TOO_EARLY before the reminder window")
    Contract renew(@PathVariable long id, @Valid @RequestBody Signature s) {
        return contracts.renew(id, s.signatureMethod(), s.signature(), users.require());
    }

    @PostMapping("/{id}/switch")
    @Operation(summary = "Switch to another team: the old contract ends, a new one is signed")
    Contract switchTeam(@PathVariable long id, @Valid @RequestBody Switch s) {
        return contracts.switchTeam(id, s.teamId(), s.signatureMethod(), s.signature(), users.require());
    }

    @PostMapping("/{id}/terminate")
    Contract terminate(@PathVariable long id, @Valid @RequestBody Termination t) {
        return contracts.terminate(id, t.reason(), users.require());
    }
}
