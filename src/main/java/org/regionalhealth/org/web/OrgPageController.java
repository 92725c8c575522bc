package org.regionalhealth.org.web;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class OrgPageController {

    private final Organizations organizations;
    private final CurrentUsers users;

    OrgPageController(Organizations organizations, CurrentUsers users) {
        this.organizations = organizations;
        this.users = users;
    }

    @Bean
    static NavigationItem orgLink() {
        return new NavigationItem(
                "nav.org",
                "/org/units",
                MenuSection.ADMINISTRATION,
                Set.of(Role.DISTRICT_ADMIN, Role.MC_PHARMACIST, Role.CDC_OFFICER));
    }

    @GetMapping("/org/units")
    String units(
            @RequestParam(required = false) @Nullable UnitType type,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var result = organizations.search(
                new UnitQuery(type, null, q, null), users.require().scope(), page, 50);
        model.addAttribute("types", List.of(UnitType.values()));
        model.addAttribute("type", type);
        model.addAttribute("q", q);
        model.addAttribute("result", result);
        return "org/units";
    }
}
