package org.regionalhealth.reviewcenter.workbench;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.screening.Setting;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pharmacist's workbench (工作台): the pool with filters and amber/red timers (refreshed by htmx), claim, and the
 * decision page of a claimed prescription (approve, approve with a note, return with coded reasons, escalate,
 * release).
 */
@Controller
@PreAuthorize("hasRole('MC_PHARMACIST')")
class WorkbenchController {

    private final ReviewQueue queue;
    private final ReviewWorkflow workflow;
    private final Pharmacists pharmacists;
    private final PrescriptionStories stories;
    private final ReviewSheets sheets;
    private final CurrentUsers users;
    private final Clock clock;

    WorkbenchController(
            ReviewQueue queue,
            ReviewWorkflow workflow,
            Pharmacists pharmacists,
            PrescriptionStories stories,
            ReviewSheets sheets,
            CurrentUsers users,
            Clock clock) {
        this.sheets = sheets;
        this.clock = clock;
        this.queue = queue;
        this.workflow = workflow;
        this.pharmacists = pharmacists;
        this.stories = stories;
        this.users = users;
    }

    @Bean
    static NavigationItem workbenchLink() {
        return new NavigationItem(
                "nav.workbench",
                "/prescription-review/workbench",
                MenuSection.PRESCRIPTIONS,
                Set.of(Role.MC_PHARMACIST));
    }

    @GetMapping("/prescription-review/workbench")
    String queue(
            @RequestParam(required = false) @Nullable String skill,
            @RequestParam(required = false) @Nullable String setting,
            @RequestParam(required = false) @Nullable String tier,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) @Nullable String number,
            @RequestParam(required = false) @Nullable String after,
            Model model,
            HttpServletRequest request) {
        var user = users.require();
        var profile = pharmacists.of(user.username());
        var filter = new ReviewQueue.Filter(
                blank(skill) ? null : Skill.valueOf(skill),
                blank(setting) ? null : Setting.valueOf(setting),
                blank(tier) || !tier.matches("T[0-4]") ? null : tier,
                mine,
                blank(number) ? null : number.trim());
        model.addAttribute(
                "page", queue.page(user, profile.skills(), filter, blank(after) ? null : after, 50, clock.instant()));
        model.addAttribute("profile", profile);
        model.addAttribute("skills", Skill.values());
        model.addAttribute("settings", Setting.values());
        model.addAttribute("tiers", List.of("T1", "T2", "T3", "T4"));
        model.addAttribute("f", filter);
        model.addAttribute("me", user.username());
        return request.getHeader("HX-Request") != null ? "reviewcenter/workbench :: queue" : "reviewcenter/workbench";
    }

    @PostMapping("/prescription-review/workbench/tasks/{id}/claim")
    String claim(@PathVariable long id, RedirectAttributes redirect) {
        try {
            workflow.claim(id, users.require());
            return "redirect:/prescription-review/workbench/tasks/" + id;
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/prescription-review/workbench";
        }
    }

    @GetMapping("/prescription-review/workbench/tasks/{id}")
    String task(@PathVariable long id, Model model) {
        var user = users.require();
        var task = workflow.openTask(id)
                .filter(t -> user.scope().covers(t.institutionPath()))
                .orElseThrow(() -> PlatformException.notFound("REVIEW_TASK_NOT_FOUND", "审核任务不存在或已处理"));
        model.addAttribute("task", task);
        model.addAttribute("held", user.username().equals(task.claimedBy()));
        model.addAttribute("story", stories.story(task.prescriptionId(), user));
        model.addAttribute("sheet", sheets.sheet(task.prescriptionId(), user));
        model.addAttribute("reasons", ReturnReason.forPharmacists());
        return "reviewcenter/review-task";
    }

    @PostMapping("/prescription-review/workbench/tasks/{id}/decide")
    String decide(
            @PathVariable long id,
            @RequestParam String decision,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable List<String> reasons,
            RedirectAttributes redirect) {
        var user = users.require();
        try {
            switch (decision) {
                case "approve" -> workflow.approve(id, note, user);
                case "return" -> workflow.returnToDoctor(id, reasons == null ? List.of() : reasons, note, user);
                case "escalate" -> workflow.escalate(id, note, user);
                case "release" -> workflow.release(id, user);
                default -> throw PlatformException.invalid("REVIEW_DECISION", "未知的审核操作");
            }
            redirect.addFlashAttribute("message", "已处理");
            return "redirect:/prescription-review/workbench";
        } catch (PlatformException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/prescription-review/workbench/tasks/" + id;
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
