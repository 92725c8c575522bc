package org.regionalhealth.residents.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.HealthRecordSection;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Resident search and record pages: both show a resident as the reader's {@code Disclosure} allows. */
@Controller
class ResidentPageController {

    private final ResidentIndex residents;
    private final Organizations organizations;
    private final CurrentUsers users;
    private final List<HealthRecordSection> sections;
    private final Clock clock;

    ResidentPageController(
            ResidentIndex residents,
            Organizations organizations,
            CurrentUsers users,
            List<HealthRecordSection> sections,
            Clock clock) {
        this.clock = clock;
        this.residents = residents;
        this.organizations = organizations;
        this.users = users;
        this.sections = sections;
    }

    @Bean
    static NavigationItem residentsLink() {
        return new NavigationItem(
                "nav.residents",
                "/residents",
                MenuSection.CLINICAL,
                Set.of(Role.DISTRICT_ADMIN, Role.HOSPITAL_DOCTOR, Role.STATION_DOCTOR, Role.MC_PHARMACIST));
    }

    @GetMapping("/residents")
    String search(@RequestParam(required = false) @Nullable String q, Model model) {
        var user = users.require();
        List<ResidentView> found = List.of();
        if (q != null && !q.isBlank()) {
            try {
                found = residents.search(q, user, 50, "page /residents").stream()
                        .map(r -> ResidentView.of(r, user.disclosure(), LocalDate.now(clock)))
                        .toList();
            } catch (PlatformException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        model.addAttribute("q", q);
        model.addAttribute("results", found);
        return "residents/search";
    }

    @GetMapping("/residents/{id}")
    String record(@PathVariable long id, Model model) {
        var user = users.require();
        var resident = residents
                .find(id, user, "page /residents/" + id)
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "居民不存在或不在您的权限范围内"));
        model.addAttribute("resident", ResidentView.of(resident, user.disclosure(), LocalDate.now(clock)));
        model.addAttribute(
                "village", organizations.division(resident.divisionCode()).orElse(null));
        model.addAttribute("unit", organizations.find(resident.unitId()).orElse(null));
        model.addAttribute(
                "parts",
                sections.stream()
                        .flatMap(section -> section.part(id, user).stream())
                        .toList());
        return "residents/record";
    }
}
