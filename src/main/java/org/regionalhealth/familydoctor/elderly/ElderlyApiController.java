package org.regionalhealth.familydoctor.elderly;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.regionalhealth.familydoctor.chronic.SelfCareAssessment;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.populationscreening.CopdScreeningQuestionnaire;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/familydoctor")
@Tag(name = "家庭医生 Family doctors")
@PreAuthorize("hasAnyRole('STATION_DOCTOR','HOSPITAL_DOCTOR','DISTRICT_ADMIN')")
class ElderlyApiController {

    record Check(@NotNull Long residentId, @NotEmpty Map<SelfCareAssessment.Item, Integer> scores) {}

    record CopdScreening(@NotNull Long residentId, @NotNull @Valid CopdScreeningQuestionnaire.Answers answers) {}

    private final ElderlyChecks checks;
    private final CurrentUsers users;

    ElderlyApiController(ElderlyChecks checks, CurrentUsers users) {
        this.checks = checks;
        this.users = users;
    }

    @PostMapping("/elderly-checks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the 65+ annual check's self-care assessment (5 items); returns the total and grade")
    ElderlyChecks.Result check(@Valid @RequestBody Check check) {
        return checks.record(check.residentId(), check.scores(), users.require());
    }

    @PostMapping("/copd-screenings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Score a COPD-SQ questionnaire; 16 or more refers to spirometry at a specialty centre")
    ElderlyChecks.Screening screen(@Valid @RequestBody CopdScreening s) {
        return checks.screenCopd(s.residentId(), s.answers(), users.require());
    }
}
