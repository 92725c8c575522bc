package org.regionalhealth.weight.challenge;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Group challenges: the resident's phone page (join, standings) and the organiser's page (create, standings). */
@Controller
class ChallengeController {

    private final Challenges challenges;
    private final CurrentUsers users;
    private final Clock clock;

    ChallengeController(Challenges challenges, CurrentUsers users, Clock clock) {
        this.challenges = challenges;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem weightChallengesLink() {
        return new NavigationItem(
                "weight.nav.challenges",
                "/weight/clinic/challenges",
                MenuSection.PUBLIC_HEALTH,
                Set.of(Role.STATION_DOCTOR, Role.DISTRICT_ADMIN));
    }

    @GetMapping("/weight/challenges")
    @PreAuthorize("hasRole('RESIDENT')")
    String resident(@RequestParam(required = false) @Nullable Long show, Model model) {
        fillResident(model, show);
        return "weight/challenges";
    }

    private void fillResident(Model model, @Nullable Long show) {
        var user = users.require();
        var list = challenges.forResident(user);
        var joined = list.stream()
                .filter(c -> challenges.isMember(c.id(), user))
                .map(Challenges.Challenge::id)
                .toList();
        Long shown = show != null && joined.contains(show) ? show : joined.isEmpty() ? null : joined.get(0);
        model.addAttribute("challenges", list);
        model.addAttribute("joined", joined);
        model.addAttribute("today", LocalDate.now(clock));
        if (shown != null) {
            model.addAttribute("shown", challenges.find(shown).orElseThrow());
            model.addAttribute("standings", challenges.standings(shown, user, 0, 50));
        }
    }

    @PostMapping("/weight/challenges/join")
    @PreAuthorize("hasRole('RESIDENT')")
    String join(
            @RequestParam(required = false) @Nullable Long id,
            @RequestParam(defaultValue = "") String joinCode,
            Model model,
            RedirectAttributes flash) {
        try {
            var joined = challenges.join(id, joinCode, users.require());
            flash.addFlashAttribute("message", "已参加：" + joined.name());
            return "redirect:/weight/challenges?show=" + joined.id();
        } catch (PlatformException e) {
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("error", e.getMessage());
            model.addAttribute("joinCode", joinCode);
            fillResident(model, null);
            return "weight/challenges";
        }
    }

    @GetMapping("/weight/clinic/challenges")
    @PreAuthorize("hasAnyRole('STATION_DOCTOR', 'DISTRICT_ADMIN')")
    String staff(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable Long show,
            @RequestParam(defaultValue = "0") int standingsPage,
            Model model) {
        fillStaff(model, page, show, standingsPage);
        return "weight/challenges-staff";
    }

    private void fillStaff(Model model, int page, @Nullable Long show, int standingsPage) {
        var user = users.require();
        var organised = challenges.organised(user, page, 10);
        model.addAttribute("organised", organised);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("kinds", Challenges.ChallengeKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        if (show != null) {
            model.addAttribute("shown", challenges.find(show).orElse(null));
            model.addAttribute("standings", challenges.standings(show, user, standingsPage, 20));
        }
    }

    @PostMapping("/weight/clinic/challenges")
    @PreAuthorize("hasAnyRole('STATION_DOCTOR', 'DISTRICT_ADMIN')")
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String workplace,
            @RequestParam(defaultValue = "") String startsOn,
            @RequestParam(defaultValue = "") String endsOn,
            Model model,
            RedirectAttributes flash) {
        try {
            var created = challenges.create(
                    new Challenges.NewChallenge(name, kind(kind), workplace, date(startsOn), date(endsOn)),
                    users.require());
            flash.addFlashAttribute(
                    "message",
                    created.joinCode() == null
                            ? "已创建：" + created.name()
                            : "已创建：" + created.name() + "，挑战码 " + created.joinCode());
            return "redirect:/weight/clinic/challenges?show=" + created.id();
        } catch (PlatformException e) {
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("error", e.getMessage());
            model.addAttribute(
                    "form",
                    Map.of("name", name, "kind", kind, "workplace", workplace, "startsOn", startsOn, "endsOn", endsOn));
            fillStaff(model, 0, null, 0);
            return "weight/challenges-staff";
        }
    }

    @GetMapping("/weight/clinic/challenges/{id}")
    @PreAuthorize("hasAnyRole('STATION_DOCTOR', 'DISTRICT_ADMIN')")
    String one(@PathVariable long id) {
        return "redirect:/weight/clinic/challenges?show=" + id;
    }

    private static Challenges.@Nullable ChallengeKind kind(String kind) {
        try {
            return Challenges.ChallengeKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
