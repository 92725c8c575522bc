package org.regionalhealth.eldercare.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.eldercare.CarePlan;
import org.regionalhealth.eldercare.CareSetting;
import org.regionalhealth.eldercare.IntegratedCare;
import org.regionalhealth.eldercare.RehabEpisode;
import org.regionalhealth.eldercare.RehabOutcome;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.DataScope;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 医养结合 care plans with service logs and home rehabilitation episodes. */
@Controller
@PreAuthorize("hasAnyRole('STATION_DOCTOR', 'HOSPITAL_DOCTOR', 'DISTRICT_ADMIN')")
class CareController {

    private final IntegratedCare care;
    private final ResidentIndex residents;
    private final Organizations organizations;
    private final CurrentUsers users;
    private final Clock clock;

    CareController(
            IntegratedCare care,
            ResidentIndex residents,
            Organizations organizations,
            CurrentUsers users,
            Clock clock) {
        this.care = care;
        this.residents = residents;
        this.organizations = organizations;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem careLink() {
        return new NavigationItem(
                "eldercare.nav.care",
                "/eldercare/care",
                MenuSection.PUBLIC_HEALTH,
                Set.of(Role.STATION_DOCTOR, Role.HOSPITAL_DOCTOR, Role.DISTRICT_ADMIN));
    }

    record PlanRow(CarePlan plan, @Nullable Resident resident, int age) {}

    record EpisodeRow(RehabEpisode episode, @Nullable Resident resident, int age) {}

    @GetMapping("/eldercare/care")
    String list(
            @RequestParam(defaultValue = "plans") String tab,
            @RequestParam(required = false) @Nullable String setting,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = users.require();
        var today = LocalDate.now(clock);
        String shown =
                switch (tab) {
                    case "rehab", "rehabEnded" -> tab;
                    default -> "plans";
                };
        CareSetting s = null;
        try {
            s = setting == null || setting.isBlank() ? null : CareSetting.valueOf(setting);
        } catch (IllegalArgumentException e) {
            // all settings
        }
        model.addAttribute("tab", shown);
        model.addAttribute("setting", s);
        model.addAttribute("settings", CareSetting.values());
        model.addAttribute("figures", care.figures(user));
        if ("plans".equals(shown)) {
            var result = care.plans(s, user, page, 20);
            var names = names(result.items().stream().map(CarePlan::residentId).toList(), user);
            model.addAttribute("result", result);
            model.addAttribute(
                    "plans",
                    result.items().stream()
                            .map(p -> new PlanRow(p, names.get(p.residentId()), age(names.get(p.residentId()), today)))
                            .toList());
            model.addAttribute("episodes", List.of());
        } else {
            var result = care.episodes("rehab".equals(shown), user, page, 20);
            var names =
                    names(result.items().stream().map(RehabEpisode::residentId).toList(), user);
            model.addAttribute("result", result);
            model.addAttribute(
                    "episodes",
                    result.items().stream()
                            .map(e ->
                                    new EpisodeRow(e, names.get(e.residentId()), age(names.get(e.residentId()), today)))
                            .toList());
            model.addAttribute("plans", List.of());
        }
        return "eldercare/care";
    }

    private Map<Long, Resident> names(List<Long> ids, CurrentUser user) {
        return residents.findAll(ids, user, "医养结合与居家康复").stream()
                .collect(Collectors.toMap(Resident::id, Function.identity()));
    }

    private static int age(@Nullable Resident r, LocalDate today) {
        return r == null ? 0 : r.ageOn(today);
    }

    // --- care plans ---

    @GetMapping("/eldercare/care/plans/new")
    String planForm(@RequestParam long resident, Model model) {
        fillNew(model, resident, "plan", Map.of(), null, Map.of());
        return "eldercare/care-new";
    }

    @PostMapping("/eldercare/care/plans")
    String createPlan(
            @RequestParam long resident,
            @RequestParam(required = false) @Nullable String setting,
            @RequestParam(required = false) @Nullable Long place,
            @RequestParam(required = false) @Nullable String goals,
            @RequestParam(required = false) @Nullable List<String> services,
            Model model) {
        try {
            var plan = care.createPlan(
                    resident,
                    setting(setting),
                    place,
                    goals,
                    services == null ? List.of() : services,
                    null,
                    users.require());
            return "redirect:/eldercare/care/plans/" + plan.id() + "?created";
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty() && !"ELDERCARE_CARE_PLAN_ACTIVE".equals(e.code())) {
                throw e;
            }
            fillNew(
                    model,
                    resident,
                    "plan",
                    e.fieldErrors(),
                    e.getMessage(),
                    Map.of(
                            "setting", setting == null ? "" : setting,
                            "place", place == null ? "" : place.toString(),
                            "goals", goals == null ? "" : goals,
                            "services", services == null ? "" : String.join("；", services)));
            return "eldercare/care-new";
        }
    }

    @GetMapping("/eldercare/care/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        fillPlan(model, id, Map.of(), null);
        return "eldercare/care-plan";
    }

    @PostMapping("/eldercare/care/plans/{id}/logs")
    String log(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String caregiver,
            @RequestParam(required = false) @Nullable String service,
            @RequestParam(required = false) @Nullable String minutes,
            @RequestParam(required = false) @Nullable String note,
            Model model) {
        Integer m = minutes != null && minutes.matches("\\d{1,4}") ? Integer.valueOf(minutes) : null;
        return planAction(id, model, () -> care.log(id, caregiver, service, m, note, null, users.require()), "logged");
    }

    @PostMapping("/eldercare/care/plans/{id}/move")
    String move(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String setting,
            @RequestParam(required = false) @Nullable Long place,
            Model model) {
        return planAction(id, model, () -> care.move(id, setting(setting), place, users.require()), "moved");
    }

    @PostMapping("/eldercare/care/plans/{id}/close")
    String close(@PathVariable long id, Model model) {
        return planAction(id, model, () -> care.closePlan(id, users.require()), "closed");
    }

    private String planAction(long id, Model model, Runnable action, String done) {
        try {
            action.run();
            return "redirect:/eldercare/care/plans/" + id + "?" + done;
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            fillPlan(model, id, e.fieldErrors(), e.getMessage());
            return "eldercare/care-plan";
        }
    }

    private void fillPlan(Model model, long id, Map<String, String> errors, @Nullable String error) {
        var user = users.require();
        var plan = care.plan(id, user)
                .orElseThrow(() -> PlatformException.notFound("ELDERCARE_CARE_PLAN_NOT_FOUND", "未找到该照护计划或不在您的管理范围"));
        var resident = residents
                .find(plan.residentId(), user, "医养结合照护计划")
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "未找到该居民或不在您的管理范围"));
        model.addAttribute("plan", plan);
        model.addAttribute("resident", resident);
        model.addAttribute("age", resident.ageOn(LocalDate.now(clock)));
        model.addAttribute("logs", care.logs(id, user));
        model.addAttribute("settings", CareSetting.values());
        model.addAttribute("nursingHomes", units(UnitType.NURSING_HOME));
        model.addAttribute("hospitals", units(UnitType.HOSPITAL));
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
        model.addAttribute("caregiver", user.displayName());
    }

    // --- home rehabilitation ---

    @GetMapping("/eldercare/care/rehab/new")
    String rehabForm(@RequestParam long resident, Model model) {
        fillNew(model, resident, "rehab", Map.of(), null, Map.of());
        return "eldercare/care-new";
    }

    @PostMapping("/eldercare/care/rehab")
    String startRehab(
            @RequestParam long resident,
            @RequestParam(required = false) @Nullable String condition,
            @RequestParam(required = false) @Nullable String goals,
            @RequestParam(required = false) @Nullable String therapist,
            @RequestParam(required = false) @Nullable String plannedSessions,
            Model model) {
        Integer planned = plannedSessions != null && plannedSessions.matches("\\d{1,3}")
                ? Integer.valueOf(plannedSessions)
                : null;
        try {
            var episode = care.startRehab(resident, condition, goals, therapist, planned, null, users.require());
            return "redirect:/eldercare/care/rehab/" + episode.id() + "?started";
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty() && !"ELDERCARE_REHAB_ACTIVE".equals(e.code())) {
                throw e;
            }
            fillNew(
                    model,
                    resident,
                    "rehab",
                    e.fieldErrors(),
                    e.getMessage(),
                    Map.of(
                            "condition", condition == null ? "" : condition,
                            "goals", goals == null ? "" : goals,
                            "therapist", therapist == null ? "" : therapist,
                            "plannedSessions", plannedSessions == null ? "" : plannedSessions));
            return "eldercare/care-new";
        }
    }

    @GetMapping("/eldercare/care/rehab/{id}")
    String episode(@PathVariable long id, Model model) {
        fillEpisode(model, id, Map.of(), null);
        return "eldercare/rehab";
    }

    @PostMapping("/eldercare/care/rehab/{id}/sessions")
    String session(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String therapist,
            @RequestParam(required = false) @Nullable String content,
            @RequestParam(required = false) @Nullable String minutes,
            Model model) {
        Integer m = minutes != null && minutes.matches("\\d{1,3}") ? Integer.valueOf(minutes) : null;
        return episodeAction(
                id, model, () -> care.session(id, therapist, content, m, null, users.require()), "session");
    }

    @PostMapping("/eldercare/care/rehab/{id}/end")
    String end(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String note,
            Model model) {
        RehabOutcome o = null;
        try {
            o = outcome == null || outcome.isBlank() ? null : RehabOutcome.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            // reported on its field
        }
        RehabOutcome chosen = o;
        return episodeAction(id, model, () -> care.endRehab(id, chosen, note, users.require()), "ended");
    }

    private String episodeAction(long id, Model model, Runnable action, String done) {
        try {
            action.run();
            return "redirect:/eldercare/care/rehab/" + id + "?" + done;
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            fillEpisode(model, id, e.fieldErrors(), e.getMessage());
            return "eldercare/rehab";
        }
    }

    private void fillEpisode(Model model, long id, Map<String, String> errors, @Nullable String error) {
        var user = users.require();
        var episode = care.episode(id, user)
                .orElseThrow(() -> PlatformException.notFound("ELDERCARE_REHAB_NOT_FOUND", "未找到该居家康复或不在您的管理范围"));
        var resident = residents
                .find(episode.residentId(), user, "居家康复")
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "未找到该居民或不在您的管理范围"));
        model.addAttribute("e", episode);
        model.addAttribute("resident", resident);
        model.addAttribute("age", resident.ageOn(LocalDate.now(clock)));
        model.addAttribute("sessions", care.sessions(id, user));
        model.addAttribute("outcomes", RehabOutcome.values());
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
    }

    private void fillNew(
            Model model,
            long residentId,
            String kind,
            Map<String, String> errors,
            @Nullable String error,
            Map<String, String> input) {
        var user = users.require();
        var resident = residents
                .find(residentId, user, "plan".equals(kind) ? "医养结合照护计划" : "居家康复")
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "未找到该居民或不在您的管理范围"));
        model.addAttribute("kind", kind);
        model.addAttribute("resident", resident);
        model.addAttribute("age", resident.ageOn(LocalDate.now(clock)));
        model.addAttribute("settings", CareSetting.values());
        model.addAttribute("catalogue", care.catalogue());
        model.addAttribute("nursingHomes", units(UnitType.NURSING_HOME));
        model.addAttribute("hospitals", units(UnitType.HOSPITAL));
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
        model.addAttribute("input", input);
        model.addAttribute("chosen", List.of(input.getOrDefault("services", "").split("；")));
    }

    private @Nullable CareSetting setting(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : CareSetting.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Units of a type across the district (a name list, no personal data). */
    private List<Unit> units(UnitType type) {
        var root = organizations.root();
        return organizations
                .search(
                        new UnitQuery(type, null, null, null),
                        new DataScope(root.id(), root.path(), Optional.empty()),
                        0,
                        200)
                .items();
    }
}
