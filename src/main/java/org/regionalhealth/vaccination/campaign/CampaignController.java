package org.regionalhealth.vaccination.campaign;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
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

/** The campaigns page: cohort and coverage per campaign, SMS invitations by town, the outbox with its states. */
@Controller
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN','CDC_OFFICER')")
class CampaignController {

    private final Campaigns campaigns;
    private final Organizations organizations;
    private final CurrentUsers users;

    CampaignController(Campaigns campaigns, Organizations organizations, CurrentUsers users) {
        this.campaigns = campaigns;
        this.organizations = organizations;
        this.users = users;
    }

    @Bean
    static NavigationItem campaignsLink() {
        return new NavigationItem(
                "vaccination.nav.campaigns",
                "/vaccination/campaigns",
                MenuSection.PUBLIC_HEALTH,
                Set.of(Role.DISTRICT_ADMIN, Role.CDC_OFFICER));
    }

    @GetMapping("/vaccination/campaigns")
    String page(
            @RequestParam(required = false) @Nullable Long campaign,
            @RequestParam(required = false) @Nullable InvitationState state,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = users.require();
        var list = campaigns.list(user);
        var selected = list.stream()
                .filter(c -> campaign == null || c.id() == campaign)
                .findFirst()
                .orElse(null);
        model.addAttribute("campaigns", list);
        model.addAttribute("selected", selected);
        model.addAttribute("state", state);
        model.addAttribute("states", InvitationState.values());
        var towns = organizations.towns();
        model.addAttribute("towns", towns);
        model.addAttribute(
                "townNames",
                towns.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                org.regionalhealth.org.Division::code, org.regionalhealth.org.Division::name)));
        model.addAttribute(
                "result", selected == null ? null : campaigns.invitations(selected.id(), state, user, page, 20));
        return "vaccination/campaigns";
    }

    @PostMapping("/vaccination/campaigns/{id}/invitations")
    String invite(
            @PathVariable long id, @RequestParam(required = false) @Nullable String town, RedirectAttributes flash) {
        try {
            int queued = campaigns.invite(id, town == null || town.isBlank() ? null : town, users.require());
            flash.addFlashAttribute("queued", queued);
        } catch (PlatformException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/vaccination/campaigns?campaign=" + id;
    }
}
