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
    private final org.springframework.context.MessageSource messages;
    private final org.regionalhealth.platform.Labels labels;
    private final org.regionalhealth.platform.ActorNames actors;

    WorkbenchController(
            ReviewQueue queue,
            ReviewWorkflow workflow,
            Pharmacists pharmacists,
            PrescriptionStories stories,
            ReviewSheets sheets,
            CurrentUsers users,
            Clock clock,
            org.springframework.context.MessageSource messages,
            org.regionalhealth.platform.Labels labels,
            org.regionalhealth.platform.ActorNames actors) {
        this.messages = messages;
        this.labels = labels;
        this.actors = actors;
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

    /** Rows an Excel export of the queue holds at most (the queue's filters narrow it). */
    static final int EXPORT_LIMIT = 5_000;

    /**
     * The queue as the pharmacist sees it, with the same filters, as an Excel file (issue 16: Excel where staff take
     * tables away): timer state, time left, prescription, institution, setting, skill, risk tier, holder.
     */
    @GetMapping("/prescription-review/workbench.xlsx")
    void excel(
            @RequestParam(required = false) @Nullable String skill,
            @RequestParam(required = false) @Nullable String setting,
            @RequestParam(required = false) @Nullable String tier,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) @Nullable String number,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        var user = users.require();
        var profile = pharmacists.of(user.username());
        var filter = new ReviewQueue.Filter(
                blank(skill) ? null : Skill.valueOf(skill),
                blank(setting) ? null : Setting.valueOf(setting),
                blank(tier) || !tier.matches("T[0-4]") ? null : tier,
                mine,
                blank(number) ? null : number.trim());
        var now = clock.instant();
        List<ReviewQueue.Item> items = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var page = queue.page(user, profile.skills(), filter, cursor, ReviewQueue.MAX_PAGE, now);
            items.addAll(page.items());
            cursor = page.next();
        } while (cursor != null && items.size() < EXPORT_LIMIT);
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        String file = java.net.URLEncoder.encode(
                        messages.getMessage("wb.excel.file", new Object[] {java.time.LocalDate.now(clock)}, locale),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + file);
        var zone = clock.getZone();
        var time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        try (var workbook =
                new org.dhatim.fastexcel.Workbook(response.getOutputStream(), "RegionalHealthPlatform", "1.0")) {
            var sheet = workbook.newWorksheet(messages.getMessage("wb.title", null, locale));
            List<String> header = List.of(
                    "wb.excel.state",
                    "wb.excel.left",
                    "wb.number",
                    "wb.excel.revision",
                    "wb.institution",
                    "wb.setting",
                    "wb.skill",
                    "wb.tier",
                    "wb.holder",
                    "wb.excel.enqueued",
                    "wb.excel.due");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, messages.getMessage(header.get(c), null, locale));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (var t : items) {
                sheet.value(r, 0, messages.getMessage("wb.excel.timer." + t.timer(), null, t.timer(), locale));
                sheet.value(r, 1, t.secondsLeft() / 60.0);
                sheet.style(r, 1).format("0.0").set();
                sheet.value(r, 2, t.prescriptionNumber());
                sheet.value(r, 3, t.revision());
                sheet.value(r, 4, t.institution());
                sheet.value(
                        r, 5, messages.getMessage("rx.setting." + t.setting().name(), null, locale));
                sheet.value(r, 6, labels.of(t.skill(), locale));
                sheet.value(r, 7, t.highestTier() == null ? "—" : t.highestTier());
                sheet.value(r, 8, t.claimedBy() == null ? "—" : actors.of(t.claimedBy()));
                sheet.value(r, 9, time.format(t.enqueuedAt().atZone(zone)));
                sheet.value(r, 10, time.format(t.dueAt().atZone(zone)));
                r++;
            }
            sheet.width(2, 24);
            sheet.width(4, 28);
            sheet.width(9, 18);
            sheet.width(10, 18);
        }
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
