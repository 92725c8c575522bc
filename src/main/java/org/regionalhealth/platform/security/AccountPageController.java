package org.regionalhealth.platform.security;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的账户: change the password, issue and revoke personal API tokens. */
@Controller
class AccountPageController {

    private final PersonalTokens tokens;
    private final CurrentUsers users;
    private final java.time.Clock clock;

    AccountPageController(PersonalTokens tokens, CurrentUsers users, java.time.Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem accountLink() {
        return new NavigationItem(
                "nav.account",
                "/account",
                MenuSection.ADMINISTRATION,
                Set.of(java.util.EnumSet.complementOf(java.util.EnumSet.of(Role.RESIDENT))
                        .toArray(Role[]::new)));
    }

    @Bean
    static NavigationItem residentAccountLink() {
        return new NavigationItem("nav.account", "/account", MenuSection.RESIDENT_SERVICES, Set.of(Role.RESIDENT));
    }

    @GetMapping("/account")
    String page(Model model) {
        String username = users.require().username();
        model.addAttribute("tokens", tokens.list(username));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("passwordExpired", tokens.passwordExpired(username));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "platform/account";
    }

    @PostMapping("/account/password")
    String changePassword(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmation,
            RedirectAttributes redirect) {
        var problems = tokens.changePassword(users.require().username(), currentPassword, newPassword, confirmation);
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("passwordChanged", true);
        } else {
            redirect.addFlashAttribute("errors", problems);
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String issue(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String days,
            RedirectAttributes redirect) {
        Integer parsed = days != null && days.matches("\\d{1,3}") ? Integer.valueOf(days) : null;
        var problems = PersonalTokens.problems(name, parsed);
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("errors", problems);
            redirect.addFlashAttribute(
                    "tokenName", name == null ? "" : name.substring(0, Math.min(100, name.length())));
            return "redirect:/account";
        }
        try {
            var issued = tokens.issue(users.require().username(), name, parsed);
            redirect.addFlashAttribute("issued", issued);
        } catch (PlatformException e) {
            redirect.addFlashAttribute("errors", Map.of("name", e.getMessage()));
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(users.require().username(), id);
        redirect.addFlashAttribute("revoked", id);
        return "redirect:/account";
    }
}
