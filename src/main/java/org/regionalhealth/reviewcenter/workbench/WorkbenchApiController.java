package org.regionalhealth.reviewcenter.workbench;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.reviewcenter.ReviewCenterProperties.TimeoutAction;
import org.regionalhealth.reviewcenter.ReviewCenterProperties.TimeoutPolicy;
import org.regionalhealth.screening.Setting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pharmacists' workbench API (issue 4 items 1–2): queue, claim, decisions; pool policies and profiles. */
@RestController
@RequestMapping("/api/prescription-review/workbench")
@Tag(name = "处方审核工作台 Review workbench")
class WorkbenchApiController {

    private final Labels labels;
    private final ReviewQueue queue;
    private final ReviewWorkflow workflow;
    private final Pharmacists pharmacists;
    private final ReviewPools pools;
    private final CurrentUsers users;
    private final Clock clock;

    WorkbenchApiController(
            ReviewQueue queue,
            ReviewWorkflow workflow,
            Pharmacists pharmacists,
            ReviewPools pools,
            CurrentUsers users,
            Clock clock,
            Labels labels) {
        this.labels = labels;
        this.clock = clock;
        this.queue = queue;
        this.workflow = workflow;
        this.pharmacists = pharmacists;
        this.pools = pools;
        this.users = users;
    }

    @GetMapping("/tasks")
    @PreAuthorize("hasRole('MC_PHARMACIST')")
    @Operation(
            summary = "Open review tasks in the pharmacist's scope and skills, most urgent first; keyset pages "
                    + "(pass the returned 'next' as 'after')")
    ReviewQueue.Page tasks(
            @RequestParam(required = false) Skill skill,
            @RequestParam(required = false) Setting setting,
            @RequestParam(required = false) String tier,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") int size) {
        var user = users.require();
        if (tier != null && !tier.matches("T[0-4]")) {
            throw PlatformException.invalidField("QUEUE_TIER", "tier", "风险等级须为 T0–T4");
        }
        return queue.page(
                user,
                pharmacists.of(user.username()).skills(),
                new ReviewQueue.Filter(
                        skill, setting, tier, mine, number == null || number.isBlank() ? null : number.trim()),
                after,
                size,
                clock.instant());
    }

    @PostMapping("/tasks/{id}/claim")
    @PreAuthorize("hasRole('MC_PHARMACIST')")
    @Operation(summary = "Claim a task; 409 REVIEW_TASK_TAKEN when another pharmacist holds it")
    void claim(@PathVariable long id) {
        workflow.claim(id, users.require());
    }

    @PostMapping("/tasks/{id}/release")
    @PreAuthorize("hasRole('MC_PHARMACIST')")
    @Operation(summary = "Give a claimed task back to the pool")
    void release(@PathVariable long id) {
        workflow.release(id, users.require());
    }

    /** An approval, with an optional note. */
    record Approval(@Nullable @Size(max = 1000) String note) {}

    @PostMapping("/tasks/{id}/approve")
    @PreAuthorize("hasRole('MC_PHARMACIST')")
    @Operation(summary = "Approve a claimed task (with an optional note)")
    void approve(@PathVariable long id, @Valid @RequestBody(required = false) Approval body) {
        workflow.approve(id, body == null ? null : body.note(), users.require());
    }

    /** A return to the doctor. */
    record Return(@NotNull @Size(min = 1, max = 10) List<String> reasons, @Nullable @Size(max = 1000) String message) {}

    @PostMapping("/tasks/{id}/return")
    @PreAuthorize("hasRole('MC_PHARMACIST')")
    @Operation(summary = "Return a claimed task to the doctor with coded reasons (see /return-reasons) and a message")
    void returnToDoctor(@PathVariable long id, @Valid @RequestBody Return body) {
        workflow.returnToDoctor(id, body.reasons(), body.message(), users.require());
    }

    /** An escalation. */
    record Escalation(@Nullable @Size(max = 1000) String message) {}

    @PostMapping("/tasks/{id}/escalate")
    @PreAuthorize("hasRole('MC_PHARMACIST')")
    @Operation(summary = "Escalate a claimed task to a senior pharmacist")
    void escalate(@PathVariable long id, @Valid @RequestBody(required = false) Escalation body) {
        workflow.escalate(id, body == null ? null : body.message(), users.require());
    }

    /** A coded reason with its labels. */
    record Code(String code, String labelZh, String labelEn) {}

    @GetMapping("/return-reasons")
    @Operation(summary = "Codes a pharmacist returns a prescription with (《医院处方点评管理规范》 categories)")
    List<Code> returnReasons() {
        return Arrays.stream(ReturnReason.values())
                .map(r -> new Code(r.name(), labels.zh(r), labels.of(r, Locale.ENGLISH)))
                .toList();
    }

    @GetMapping("/double-sign-reasons")
    @Operation(summary = "Codes a doctor double-signs (双签) with")
    List<Code> doubleSignReasons() {
        return Arrays.stream(DoubleSignReason.values())
                .map(r -> new Code(r.name(), labels.zh(r), labels.of(r, Locale.ENGLISH)))
                .toList();
    }

    /** A pool's timeout policy. */
    record Policy(
            @NotNull TimeoutAction onTimeout,
            @NotNull TimeoutAction offHours,
            @NotNull LocalTime workStart,
            @NotNull LocalTime workEnd) {}

    @GetMapping("/policies/{pool}")
    @PreAuthorize("hasAnyRole('DISTRICT_ADMIN', 'MC_PHARMACIST')")
    @Operation(summary = "The timeout policy of a pool (medical community code or DISTRICT)")
    Policy policy(@PathVariable String pool) {
        // only pools within the reader's scope; another community's policy is as unknown as a missing one
        if (!pools.readableWithin(pool, users.require().scope())) {
            throw PlatformException.notFound("POLICY_POOL_NOT_FOUND", "号池不存在或不在您的范围内");
        }
        TimeoutPolicy p = pools.policyOf(pool);
        return new Policy(p.onTimeout(), p.offHours(), p.workStart(), p.workEnd());
    }

    @PutMapping("/policies/{pool}")
    @PreAuthorize("hasRole('DISTRICT_ADMIN')")
    @Operation(summary = "Set the timeout and off-hours policy of a pool")
    Policy setPolicy(@PathVariable String pool, @Valid @RequestBody Policy body) {
        if (!pool.matches("[A-Za-z0-9_-]{1,40}")) {
            throw PlatformException.invalidField("POLICY_POOL", "pool", "号池编码无效");
        }
        if (body.workStart().equals(body.workEnd())) {
            throw PlatformException.invalidField("POLICY_HOURS", "workEnd", "工作时间起止不能相同");
        }
        pools.setPolicy(
                pool,
                new TimeoutPolicy(body.onTimeout(), body.offHours(), body.workStart(), body.workEnd()),
                users.require().username());
        return body;
    }

    /** A pharmacist's profile. */
    record Profile(@NotNull Set<Skill> skills, boolean senior) {}

    @PutMapping("/pharmacists/{username}")
    @PreAuthorize("hasRole('DISTRICT_ADMIN')")
    @Operation(summary = "Set a pharmacist's review skills and seniority")
    Profile setProfile(@PathVariable String username, @Valid @RequestBody Profile body) {
        if (!username.matches("[A-Za-z0-9._-]{1,64}")) {
            throw PlatformException.invalidField("PHARMACIST_USERNAME", "username", "账号名无效");
        }
        pharmacists.save(username, body.skills(), body.senior());
        return body;
    }

    @GetMapping("/pharmacists/me")
    @PreAuthorize("hasRole('MC_PHARMACIST')")
    @Operation(summary = "The calling pharmacist's skills and seniority")
    Profile me() {
        var p = pharmacists.of(users.require().username());
        return new Profile(p.skills(), p.senior());
    }
}
