package org.regionalhealth.familydoctor.indicators;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/familydoctor/indicators")
@Tag(name = "家庭医生 Family doctors")
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN','HOSPITAL_DOCTOR','STATION_DOCTOR','MC_PHARMACIST','CDC_OFFICER')")
class IndicatorApiController {

    private final IndicatorQueries queries;
    private final IndicatorCalculation calculation;
    private final DrillDown drillDown;
    private final CurrentUsers users;

    private final Clock clock;

    IndicatorApiController(
            IndicatorQueries queries,
            IndicatorCalculation calculation,
            DrillDown drillDown,
            CurrentUsers users,
            Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.calculation = calculation;
        this.drillDown = drillDown;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Indicators of a unit (default: the caller's scope) and of each unit or team under it")
    IndicatorTable table(
            @RequestParam(required = false) @Nullable Long unitId, @RequestParam(defaultValue = "R12") String period) {
        var unit = queries.unitFor(unitId, users.require());
        return queries.table(unit, period(period).key());
    }

    @GetMapping("/patients")
    @Operation(summary = "The patients behind a number: met=true the numerator, met=false the gap (masked, audited)")
    List<DrillDown.Patient> patients(
            @RequestParam(required = false) @Nullable Long unitId,
            @RequestParam String indicator,
            @RequestParam(defaultValue = "false") boolean met,
            @RequestParam(required = false) @Nullable Long teamId,
            @RequestParam(defaultValue = "R12") String period) {
        var unit = queries.unitFor(unitId, users.require());
        return drillDown.patients(unit, period(period), indicator, met, teamId);
    }

    @PostMapping("/recompute")
    @PreAuthorize("hasRole('DISTRICT_ADMIN')")
    @Operation(summary = "Recompute every indicator of the district now (normally nightly)")
    String recompute() {
        return "recomputed in " + calculation.recomputeAll(LocalDate.now(clock)).toMillis() + " ms";
    }

    Period period(String key) {
        return Period.byKey(key, LocalDate.now(clock));
    }
}
