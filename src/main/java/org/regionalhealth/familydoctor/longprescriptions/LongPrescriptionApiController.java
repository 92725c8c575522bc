package org.regionalhealth.familydoctor.longprescriptions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Verdict;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/familydoctor/patients/{id}/long-prescriptions")
@Tag(name = "家庭医生 Family doctors")
@PreAuthorize("hasAnyRole('STATION_DOCTOR','HOSPITAL_DOCTOR')")
class LongPrescriptionApiController {

    record Line(
            @NotBlank @Size(max = 100) String drugName,
            @Size(max = 20) String form,
            @NotBlank @Size(max = 20) String route,
            @NotNull @DecimalMin("0.0") Double dose,
            @NotBlank @Size(max = 10) String doseUnit,
            @NotBlank @Size(max = 20) String frequency,
            @NotNull @Min(1) @Max(366) Integer days) {}

    record Request(@NotEmpty @Size(max = 10) List<@Valid Line> lines) {}

    private final LongPrescriptions prescriptions;
    private final CurrentUsers users;

    LongPrescriptionApiController(LongPrescriptions prescriptions, CurrentUsers users) {
        this.prescriptions = prescriptions;
        this.users = users;
    }

    @PostMapping
    @Operation(summary = "Screen a long prescription (≤12 weeks) for a stable patient; 409 NOT_STABLE otherwise")
    Verdict check(@PathVariable long id, @Valid @RequestBody Request request) {
        var lines = request.lines().stream()
                .map(l -> PrescriptionLine.of(
                        l.drugName(), l.form(), l.route(), l.dose(), l.doseUnit(), l.frequency(), l.days()))
                .toList();
        return prescriptions.check(id, lines, users.require());
    }
}
