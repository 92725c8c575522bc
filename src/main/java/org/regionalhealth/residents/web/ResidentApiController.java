package org.regionalhealth.residents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.NewResident;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/residents")
@Tag(name = "居民主索引 Residents")
class ResidentApiController {

    private final ResidentIndex residents;
    private final CurrentUsers users;
    private final Clock clock;

    ResidentApiController(ResidentIndex residents, CurrentUsers users, Clock clock) {
        this.residents = residents;
        this.users = users;
        this.clock = clock;
    }

    private ResidentView view(Resident resident, CurrentUser user) {
        return ResidentView.of(resident, user.disclosure(), LocalDate.now(clock));
    }

    @PostMapping
    @Operation(summary = "Register a resident; 409 RESIDENT_DUPLICATE_ID when the ID number is already registered")
    ResponseEntity<ResidentView> register(@Valid @RequestBody NewResident resident) {
        var user = users.require();
        var created = residents.register(resident, user);
        return ResponseEntity.created(URI.create("/api/residents/" + created.id()))
                .body(view(created, user));
    }

    @GetMapping("/{id}")
    @Operation(
            summary =
                    "One resident within the caller's scope (audited); identifiers, name and birth date as the role may see them")
    ResidentView get(@PathVariable long id) {
        var user = users.require();
        return residents
                .find(id, user, "GET /api/residents/" + id)
                .map(r -> view(r, user))
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "居民不存在或不在您的权限范围内"));
    }

    @GetMapping
    @Operation(summary = "Search by name, pinyin, initials, ID number or phone within the caller's scope (audited)")
    List<ResidentView> search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
        var user = users.require();
        return residents.search(q, user, limit, "GET /api/residents?q").stream()
                .map(r -> view(r, user))
                .toList();
    }
}
