package org.regionalhealth.dashboards.web;

import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.Role;
import org.regionalhealth.platform.TodoSource;
import org.regionalhealth.residents.HealthRecordPart;
import org.regionalhealth.residents.HealthRecordSection;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page of every role: the to-dos of the day from every module with counts and links, then figures of the
 * user's own scope, a table and a chart by town; a resident's phone home shows their doctor, follow-ups,
 * prescriptions and medicines from the parts of their record, and the resident services as tiles.
 */
@Controller
class HomeController {

    /** Entries of each record part on the resident's home; the record page has them all. */
    static final int RESIDENT_HOME_ITEMS = 3;

    /** One row of the by-town table. */
    record TownRow(String code, String name, long units, long residents) {}

    private final Organizations organizations;
    private final ResidentIndex residents;
    private final CurrentUsers users;
    private final List<NavigationItem> navigation;
    private final List<TodoSource> todoSources;
    private final List<HealthRecordSection> sections;

    HomeController(
            Organizations organizations,
            ResidentIndex residents,
            CurrentUsers users,
            List<NavigationItem> navigation,
            List<TodoSource> todoSources,
            List<HealthRecordSection> sections) {
        this.organizations = organizations;
        this.residents = residents;
        this.users = users;
        this.navigation = navigation;
        this.todoSources = todoSources;
        this.sections = sections;
    }

    @GetMapping("/")
    String home(Model model) {
        var user = users.require();
        model.addAttribute(
                "scopeUnit", organizations.find(user.scope().unitId()).orElseThrow());
        if (user.role() == Role.RESIDENT) {
            var own = user.scope().residentId().orElse(null);
            model.addAttribute("ownResidentId", own);
            // the resident's phone home: the first entries of each part of their own record (my doctor, my next
            // follow-up, my prescriptions, my medicines …), each part linking on to its page
            model.addAttribute(
                    "parts",
                    own == null
                            ? List.of()
                            : sections.stream()
                                    .flatMap(section -> section.part(own, user).stream())
                                    .map(part -> new HealthRecordPart(
                                            part.title(),
                                            part.items().stream()
                                                    .limit(RESIDENT_HOME_ITEMS)
                                                    .toList(),
                                            part.moreHref(),
                                            part.emptyText()))
                                    .toList());
            // a resident's services are the links modules put into the resident section of the menu
            model.addAttribute(
                    "services",
                    navigation.stream()
                            .filter(item ->
                                    item.section() == MenuSection.RESIDENT_SERVICES && item.visibleTo(Role.RESIDENT))
                            .sorted(NavigationItem.MENU_ORDER)
                            .toList());
            return "dashboards/home-resident";
        }
        // what waits for this role today, from every module (issue 16); then the figures of the scope
        model.addAttribute(
                "todos",
                todoSources.stream()
                        .flatMap(source -> source.todos(user).stream())
                        .toList());
        var byType = organizations.countByType(user.scope());
        var unitsByTown = organizations.countByTown(user.scope());
        var residentsByTown = residents.countByTown(user);
        var rows = new ArrayList<TownRow>();
        for (var town : organizations.towns()) {
            long units = unitsByTown.getOrDefault(town.code(), 0L);
            long people = residentsByTown.getOrDefault(town.code(), 0L);
            if (units > 0 || people > 0) {
                rows.add(new TownRow(town.code(), town.name(), units, people));
            }
        }
        model.addAttribute("unitTypes", List.of(UnitType.values()));
        model.addAttribute("byType", byType);
        model.addAttribute(
                "unitTotal", byType.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute(
                "residentTotal",
                residentsByTown.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("towns", rows);
        // a hospital or a school has no registered residents: its home shows no empty population figures
        model.addAttribute("showPopulation", !residentsByTown.isEmpty() && user.role() != Role.HOSPITAL_DOCTOR);
        return "dashboards/home";
    }
}
