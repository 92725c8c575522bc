package org.regionalhealth.familydoctor.referrals;

import java.util.Set;
import org.regionalhealth.familydoctor.teams.UnitNames;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PageResult;
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

    static final int PAGE_SIZE = 50;

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
    String page(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page, Model model) {
        fill(model, null, null, page);
        // the pager links to this page; a list swapped in after an action shows its first page without one
        model.addAttribute("paged", true);
        return "familydoctor/referrals";
    }

    @PostMapping("/familydoctor/referrals/{id}/accept")
    @PreAuthorize("hasRole('HOSPITAL_DOCTOR')")
    String accept(@PathVariable long id, Model model) {
        try {
            referrals.accept(id, users.require());
            fill(model, "fd.contract.done", null, 0);
        } catch (PlatformException e) {
            fill(model, null, e.getMessage(), 0);
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
            fill(model, "fd.contract.done", null, 0);
        } catch (PlatformException e) {
            fill(model, null, e.getMessage(), 0);
        }
        return "familydoctor/referrals :: lists";
    }

    /** Both lists are paged by the same page number: a page shows 50 of each. */
    private void fill(Model model, String message, String error, int page) {
        var user = users.require();
        boolean hospital = user.role() == Role.HOSPITAL_DOCTOR || user.role() == Role.DISTRICT_ADMIN;
        model.addAttribute("hospital", hospital);
        var none = new PageResult<HospitalReferrals.Referral>(java.util.List.of(), 0, 0, PAGE_SIZE);
        model.addAttribute("incoming", hospital ? referrals.incoming(user, page, PAGE_SIZE) : none);
        model.addAttribute("sent", user.role() == Role.HOSPITAL_DOCTOR ? none : referrals.sent(user, page, PAGE_SIZE));
        model.addAttribute("message", message);
        model.addAttribute("error", error);
        model.addAttribute("units", new UnitNames(organizations));
    }
}
