package org.regionalhealth.childcare.subsidy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.childcare.NewApplication;
import org.regionalhealth.childcare.SubsidyApplication;
import org.regionalhealth.childcare.SubsidyLedger;
import org.regionalhealth.childcare.SubsidyRule;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.ResidentIdNumber;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The parent's phone page (育儿补贴): apply for a child under 3 and follow each application to payment. */
@Controller
@PreAuthorize("hasRole('RESIDENT')")
class ParentSubsidyController {

    private final SubsidyLedger ledger;
    private final ResidentIndex residents;
    private final Organizations organizations;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    ParentSubsidyController(
            SubsidyLedger ledger,
            ResidentIndex residents,
            Organizations organizations,
            CurrentUsers users,
            AuditLog audit,
            Clock clock) {
        this.ledger = ledger;
        this.residents = residents;
        this.organizations = organizations;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Bean
    static NavigationItem parentSubsidyLink() {
        return new NavigationItem(
                "childcare.nav.parent", "/childcare/subsidy", MenuSection.RESIDENT_SERVICES, Set.of(Role.RESIDENT));
    }

    /** The form as typed (kept on errors). */
    record Form(
            String scheme,
            int period,
            String childIdNumber,
            String childName,
            String hukouTown,
            String relation,
            String applicantName,
            String applicantPhone,
            String bankAccount,
            boolean employed) {}

    /** An application as the parent sees it. */
    record Mine(SubsidyApplication application, String scheme, String idNumber, String town) {}

    @GetMapping("/childcare/subsidy")
    String page(Model model) {
        var user = users.require();
        var self = user.scope().residentId().flatMap(id -> residents.find(id, user, "育儿补贴申请（居民端）"));
        var form = new Form(
                "NATIONAL_CHILDCARE",
                LocalDate.now(clock).getYear(),
                "",
                "",
                self.map(r -> r.divisionCode().length() >= 9 ? r.divisionCode().substring(0, 9) : "")
                        .orElse(""),
                "母亲",
                self.map(r -> r.name()).orElse(""),
                self.map(r -> r.phone() == null ? "" : r.phone()).orElse(""),
                "",
                true);
        fill(model, user, form, Map.of(), null);
        return "childcare/parent";
    }

    @PostMapping("/childcare/subsidy")
    String apply(
            @RequestParam(defaultValue = "") String scheme,
            @RequestParam(defaultValue = "0") int period,
            @RequestParam(defaultValue = "") String childIdNumber,
            @RequestParam(defaultValue = "") String childName,
            @RequestParam(defaultValue = "") String hukouTown,
            @RequestParam(defaultValue = "") String relation,
            @RequestParam(defaultValue = "") String applicantName,
            @RequestParam(defaultValue = "") String applicantPhone,
            @RequestParam(defaultValue = "") String bankAccount,
            @RequestParam(defaultValue = "false") boolean employed,
            Model model) {
        var user = users.require();
        var form = new Form(
                scheme,
                period,
                childIdNumber,
                childName,
                hukouTown,
                relation,
                applicantName,
                applicantPhone,
                bankAccount,
                employed);
        try {
            var filed = ledger.apply(
                    new NewApplication(
                            scheme,
                            period,
                            childIdNumber,
                            childName,
                            hukouTown,
                            applicantName,
                            applicantPhone,
                            relation,
                            employed,
                            bankAccount,
                            user.scope().residentId().orElse(null)),
                    user);
            return "redirect:/childcare/subsidy?applied=" + filed.id();
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            fill(model, user, form, e.fieldErrors(), e.getMessage());
            return "childcare/parent";
        }
    }

    private void fill(Model model, CurrentUser user, Form form, Map<String, String> errors, @Nullable String error) {
        var mine = user.scope().residentId().map(ledger::ofApplicant).orElse(List.of());
        if (!mine.isEmpty()) {
            audit.record(
                    AuditLog.Action.READ,
                    "childcare_subsidy_application",
                    mine.stream().map(SubsidyApplication::id).toList(),
                    "我的育儿补贴申请（居民端）");
        }
        var rules = ledger.rules();
        var today = LocalDate.now(clock);
        var current = rules.stream().filter(r -> r.validOn(today)).toList();
        model.addAttribute(
                "mine",
                mine.stream()
                        .map(a -> new Mine(
                                a,
                                rules.stream()
                                        .filter(r -> r.scheme().equals(a.scheme()))
                                        .map(SubsidyRule::name)
                                        .findFirst()
                                        .orElse(a.scheme()),
                                new ResidentIdNumber(a.childIdNumber()).masked(),
                                town(a.hukouTown())))
                        .toList());
        model.addAttribute("rules", current);
        var years = new ArrayList<Integer>();
        int first =
                current.stream().mapToInt(r -> r.validFrom().getYear()).min().orElse(today.getYear());
        for (int y = today.getYear(); y >= Math.max(first, today.getYear() - 1); y--) {
            years.add(y);
        }
        model.addAttribute("years", years);
        model.addAttribute("towns", organizations.towns());
        model.addAttribute("relations", List.of("母亲", "父亲", "其他监护人"));
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        model.addAttribute("error", error);
    }

    private String town(String code) {
        return code.equals("OTHER")
                ? "非本区户籍"
                : organizations.division(code).map(d -> d.name()).orElse(code);
    }
}
