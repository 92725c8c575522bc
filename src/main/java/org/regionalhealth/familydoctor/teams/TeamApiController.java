package org.regionalhealth.familydoctor.teams;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/familydoctor/teams")
@Tag(name = "家庭医生 Family doctors")
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN','HOSPITAL_DOCTOR','STATION_DOCTOR','SERVICE')")
class TeamApiController {

    private final Teams teams;
    private final CurrentUsers users;

    TeamApiController(Teams teams, CurrentUsers users) {
        this.teams = teams;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Teams within the caller's scope")
    List<Team> list() {
        return teams.list(users.require().scope());
    }

    @GetMapping("/{id}")
    Team get(@PathVariable long id) {
        return teams.find(id, users.require().scope())
                .orElseThrow(() -> PlatformException.notFound("TEAM_NOT_FOUND", "团队不存在或不在您的权限范围内"));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('DISTRICT_ADMIN','STATION_DOCTOR')")
    @Operation(summary = "Form a team (1+1+N) at a centre or station")
    ResponseEntity<Team> create(@Valid @RequestBody NewTeam team) {
        var created = teams.create(team, users.require());
        return ResponseEntity.created(URI.create("/api/familydoctor/teams/" + created.id()))
                .body(created);
    }
}
