package org.regionalhealth.familydoctor.devices;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.regionalhealth.platform.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/familydoctor/device-readings")
@Tag(name = "家庭医生 Family doctors")
class DeviceApiController {

    private final HomeReadings readings;
    private final CurrentUsers users;

    DeviceApiController(HomeReadings readings, CurrentUsers users) {
        this.readings = readings;
        this.users = users;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SERVICE','STATION_DOCTOR','HOSPITAL_DOCTOR','DISTRICT_ADMIN')")
    @Operation(summary = "Upload a home blood-pressure or glucose reading (device platforms use a SERVICE account)")
    ResponseEntity<Map<String, Object>> upload(
            @Valid @org.springframework.web.bind.annotation.RequestBody DeviceReading reading) {
        long id = readings.upload(reading, users.require());
        return ResponseEntity.created(URI.create("/api/familydoctor/device-readings/" + id))
                .body(Map.of("id", id, "status", "PENDING"));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('STATION_DOCTOR','HOSPITAL_DOCTOR','DISTRICT_ADMIN')")
    @Operation(summary = "Readings waiting for a clinician's confirmation, within the caller's scope")
    List<Map<String, Object>> pending() {
        return readings.pending(users.require());
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasAnyRole('STATION_DOCTOR','HOSPITAL_DOCTOR')")
    @Operation(
            summary = "Confirm (confirm=true) or reject a reading; clinicians only. A confirmed glucose reading counts"
                    + " in the control rate only when confirmed as fasting (fasting=true)")
    ResponseEntity<Void> review(
            @PathVariable long id,
            @RequestParam boolean confirm,
            @RequestParam(defaultValue = "false") boolean fasting) {
        readings.review(id, confirm, fasting, users.require());
        return ResponseEntity.noContent().build();
    }
}
