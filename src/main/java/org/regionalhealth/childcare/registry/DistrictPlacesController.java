package org.regionalhealth.childcare.registry;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Set;
import org.regionalhealth.childcare.ChildcareRegistry;
import org.regionalhealth.childcare.TownPlaces;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The district view (托位统计): places per 1,000 residents by town as bars against the national target, the
 * district's total, 普惠 share and filed institutions.
 */
@Controller
@PreAuthorize("hasAnyRole('SUBSIDY_OFFICER', 'DISTRICT_ADMIN', 'CDC_OFFICER')")
class DistrictPlacesController {

    private final ChildcareRegistry registry;
    private final CurrentUsers users;

    DistrictPlacesController(ChildcareRegistry registry, CurrentUsers users) {
        this.registry = registry;
        this.users = users;
    }

    @Bean
    static NavigationItem districtPlacesLink() {
        return new NavigationItem(
                "childcare.nav.district",
                "/childcare/district",
                MenuSection.INDICATORS,
                Set.of(Role.SUBSIDY_OFFICER, Role.DISTRICT_ADMIN, Role.CDC_OFFICER));
    }

    /** A town with the width of its bar and of the target mark, in per cent of the widest bar. */
    record Bar(TownPlaces town, double width) {}

    @GetMapping("/childcare/district")
    String district(Model model) {
        var overview = registry.places(users.require());
        BigDecimal max = overview.towns().stream()
                .map(TownPlaces::perThousand)
                .filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(BigDecimal.ONE)
                .max(overview.target());
        double scale = max.doubleValue() * 1.05;
        var bars = overview.towns().stream()
                .sorted(Comparator.comparing(
                                (TownPlaces t) -> t.perThousand() == null ? BigDecimal.ZERO : t.perThousand())
                        .reversed())
                .map(t -> new Bar(
                        t, t.perThousand() == null ? 0 : 100 * t.perThousand().doubleValue() / scale))
                .toList();
        model.addAttribute("overview", overview);
        model.addAttribute("bars", bars);
        model.addAttribute("targetAt", 100 * overview.target().doubleValue() / scale);
        model.addAttribute(
                "below",
                bars.stream()
                        .filter(b -> b.town().perThousand() != null && !b.town().meetsTarget())
                        .count());
        return "childcare/district";
    }
}
