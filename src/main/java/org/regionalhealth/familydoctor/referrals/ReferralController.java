package org.regionalhealth.familydoctor.referrals;

import java.util.Set;
import org.regionalhealth.familydoctor.teams.UnitNames;
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

/**
 * 双向转诊 page: a hospital doctor's referrals in (accept, record the outcome, refer back down), a station's
 * referrals out with the hospital's answer. The lists swap themselves after each action (htmx).
 */
@Controller
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN','HOSPITAL_DOCTOR','STATION_DOCTOR')")
class ReferralController {

    private final HospitalReferrals referrals;
    private final Organizations organizations;
    private final CurrentUsers users;

    ReferralController(HospitalReferrals referrals, Organizations organizations, CurrentUsers users) {
        this.referrals = referrals;
        this.organizations = organizations;
        this.users = users;
    }

    @Bean
    static NavigationItem referralsLink() {
        return new NavigationItem(
                "nav.familydoctor.referrals",
                "/familydoctor/referrals",
                MenuSection.PUBLIC_HEALTH,
                Set.of(Role.STATION_DOCTOR, Role.HOSPITAL_DOCTOR, Role.DISTRICT_ADMIN));
    }

    @GetMapping("/familydoctor/referrals")
    String page(Model model) {
        fill(model, null, null);
        return "familydoctor/referrals";
    }

    @PostMapping("/familydoctor/referrals/{id}/accept")
    @PreAuthorize("hasRole('HOSPITAL_DOCTOR')")
    String accept(@PathVariable long id, Model model) {
        try {
            referrals.accept(id, users.require());
            fill(model, "fd.contract.done", null);
        } catch (PlatformException e) {
            fill(model, null, e.getMessage());
        }
        return "familydoctor/referrals :: lists";
    }

    @PostMapping("/familydoctor/referrals/{id}/return")
    @PreAuthorize("hasRole('HOSPITAL_DOCTOR')")
    String referBack(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String advice,
            Model model) {
        try {
            referrals.referBack(id, outcome, advice, users.require());
            fill(model, "fd.contract.done", null);
        } catch (PlatformException e) {
            fill(model, null, e.getMessage());
        }
        return "familydoctor/referrals :: lists";
    }

    private void fill(Model model, String message, String error) {
        var user = users.require();
        boolean hospital = user.role() == Role.HOSPITAL_DOCTOR || user.role() == Role.DISTRICT_ADMIN;
        model.addAttribute("hospital", hospital);
        model.addAttribute("incoming", hospital ? referrals.incoming(user) : java.util.List.of());
        model.addAttribute("sent", user.role() == Role.HOSPITAL_DOCTOR ? java.util.List.of() : referrals.sent(user));
        model.addAttribute("message", message);
        model.addAttribute("error", error);
        model.addAttribute("units", new UnitNames(organizations));
    }
}
