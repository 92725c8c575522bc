package org.regionalhealth.dashboards.web;

import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page of every role: figures of the user's own scope, a table and a chart by town. */
@Controller
class HomeController {

    /** One row of the by-town table. */
    record TownRow(String code, String name, long units, long residents) {}

    private final Organizations organizations;
    private final ResidentIndex residents;
    private final CurrentUsers users;
    private final List<NavigationItem> navigation;

    HomeController(
            Organizations organizations, ResidentIndex residents, CurrentUsers users, List<NavigationItem> navigation) {
        this.organizations = organizations;
        this.residents = residents;
        this.users = users;
        this.navigation = navigation;
    }

    @GetMapping("/")
    String home(Model model) {
        var user = users.require();
        model.addAttribute(
                "scopeUnit", organizations.find(user.scope().unitId()).orElseThrow());
        if (user.role() == Role.RESIDENT) {
            model.addAttribute("ownResidentId", user.scope().residentId().orElse(null));
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
        return "dashboards/home";
    }
}
