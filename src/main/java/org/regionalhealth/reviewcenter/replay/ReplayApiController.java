package org.regionalhealth.reviewcenter.replay;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Tier;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Replays of a candidate knowledge base or tier → action mapping, and the decision to activate (issue 4 §5). */
@RestController
@RequestMapping("/api/prescription-review/replays")
@Tag(name = "规则变更回放 Rule change replay")
@PreAuthorize("hasRole('DISTRICT_ADMIN')")
class ReplayApiController {

    private final ReplayRuns runs;
    private final CurrentUsers users;

    ReplayApiController(ReplayRuns runs, CurrentUsers users) {
        this.runs = runs;
        this.users = users;
    }

    /**
     * A replay request.
     *
     * @param kbFile the knowledge-base file the candidate replaces, e.g. {@code interactions/high-priority.yaml}
     * @param kbYaml its candidate content
     * @param policy tiers whose action changes, e.g. {@code {"T2": "NOTICE"}}
     */
    record ReplayRequest(
            @Min(1) @Max(90) int days,
            @Nullable @Size(max = 200) String kbFile,
            @Nullable @Size(max = 2_000_000) String kbYaml,
            @Nullable Map<Tier, Action> policy,
            @Nullable @Size(max = 1000) String note) {}

    record Started(long id) {}

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start a replay of the last N days through a candidate; poll GET /{id} for progress")
    Started start(@Valid @RequestBody ReplayRequest request) {
        long id = runs.start(
                new ReplayRuns.Request(
                        request.days(),
                        request.kbFile(),
                        request.kbYaml(),
                        new CandidatePolicy(request.policy()),
                        request.note()),
                users.require());
        return new Started(id);
    }

    record RunView(
            ReplayRuns.Run run,
            List<ReplayRuns.RuleChange> rules,
            List<ReplayRuns.InstitutionChange> institutions,
            List<ReplayRuns.Decision> decisions) {}

    @GetMapping("/{id}")
    @Operation(summary = "A replay: progress, alerts added and removed per rule, institutions, queue load, decisions")
    RunView run(@PathVariable long id) {
        var run = runs.find(id).orElseThrow(() -> PlatformException.notFound("REPLAY_NOT_FOUND", "回放不存在"));
        return new RunView(run, runs.changesPerRule(id), runs.changesPerInstitution(id), runs.decisions(id));
    }

    record DecisionRequest(boolean activate, @NotBlank @Size(max = 1000) String reason) {}

    @PostMapping("/{id}/decision")
    @Operation(summary = "Record the decision on a finished replay (who, when, why); activate puts the candidate live")
    ReplayRuns.Decision decide(@PathVariable long id, @Valid @RequestBody DecisionRequest request) {
        return runs.decide(id, request.activate(), request.reason(), users.require());
    }
}
