package org.regionalhealth.childcare.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.childcare.ChildcareRegistry;
import org.regionalhealth.childcare.Enrolment;
import org.regionalhealth.childcare.FilingState;
import org.regionalhealth.childcare.InspectionResult;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.Masking;
import org.regionalhealth.residents.ResidentIdNumber;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The childcare institutions (托育机构): the list with filing, places, 普惠 places, staff, enrolled children and the
 * latest inspection; an institution's page with its enrolled children, enrolment by ID number and inspections.
 */
@Controller
@PreAuthorize("hasAnyRole('SUBSIDY_OFFICER', 'DISTRICT_ADMIN')")
class InstitutionController {

    private final ChildcareRegistry registry;
    private final Organizations organizations;
    private final CurrentUsers users;
    private final Clock clock;

    InstitutionController(ChildcareRegistry registry, Organizations organizations, CurrentUsers users, Clock clock) {
        this.registry = registry;
        this.organizations = organizations;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem institutionsLink() {
        return new NavigationItem(
                "childcare.nav.institutions",
                "/childcare/institutions",
                MenuSection.PUBLIC_HEALTH,
                Set.of(Role.SUBSIDY_OFFICER, Role.DISTRICT_ADMIN));
    }

    @GetMapping("/childcare/institutions")
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String town,
            @RequestParam(required = false) @Nullable FilingState filing,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = users.require();
        var result = registry.search(q, town, filing, user, page, 20);
        model.addAttribute("result", result);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("town", town == null ? "" : town);
        model.addAttribute("filing", filing);
        model.addAttribute("filings", FilingState.values());
        model.addAttribute("towns", organizations.towns());
        return "childcare/institutions";
    }

    record EnrolmentForm(String childIdNumber, String childName, String enrolledOn) {}

    record Child(Enrolment enrolment, String name, String idNumber, String age) {}

    @GetMapping("/childcare/institutions/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        fill(model, id, page, new EnrolmentForm("", "", LocalDate.now(clock).toString()), Map.of());
        return "childcare/institution";
    }

    @PostMapping("/childcare/institutions/{id}/enrolments")
    String enrol(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String childIdNumber,
            @RequestParam(defaultValue = "") String childName,
            @RequestParam(defaultValue = "") String enrolledOn,
            Model model) {
        var form = new EnrolmentForm(childIdNumber, childName, enrolledOn);
        try {
            LocalDate on;
            try {
                on = LocalDate.parse(enrolledOn);
            } catch (DateTimeParseException e) {
                on = null;
            }
            registry.enrol(id, childIdNumber, childName, on, users.require());
            return "redirect:/childcare/institutions/" + id + "?enrolled";
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            fill(model, id, 0, form, e.fieldErrors());
            return "childcare/institution";
        }
    }

    @PostMapping("/childcare/institutions/{id}/inspections")
    String inspect(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String inspectedOn,
            @RequestParam(defaultValue = "PASSED") InspectionResult result,
            @RequestParam(defaultValue = "") String note,
            Model model) {
        try {
            LocalDate on;
            try {
                on = LocalDate.parse(inspectedOn);
            } catch (DateTimeParseException e) {
                throw PlatformException.invalidField("CHILDCARE_INSPECTION_INVALID", "inspectedOn", "请填写检查日期");
            }
            registry.recordInspection(id, on, result, note, users.require());
            return "redirect:/childcare/institutions/" + id + "?inspected";
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            fill(model, id, 0, new EnrolmentForm("", "", LocalDate.now(clock).toString()), Map.of());
            model.addAttribute("inspectionError", e.getMessage());
            return "childcare/institution";
        }
    }

    private void fill(Model model, long id, int page, EnrolmentForm form, Map<String, String> errors) {
        var user = users.require();
        var institution = registry.find(id, user)
                .orElseThrow(() -> PlatformException.notFound("CHILDCARE_UNIT_NOT_FOUND", "未找到该托育机构"));
        var enrolments = registry.enrolments(id, user, page, 20);
        var today = LocalDate.now(clock);
        model.addAttribute("institution", institution);
        model.addAttribute("result", enrolments);
        model.addAttribute(
                "children",
                enrolments.items().stream().map(e -> child(e, user, today)).toList());
        model.addAttribute("inspections", registry.inspections(id, user));
        model.addAttribute("results", InspectionResult.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        model.addAttribute("today", today);
    }

    private static Child child(Enrolment e, CurrentUser user, LocalDate today) {
        var d = user.disclosure();
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(e.birthDate(), today);
        return new Child(
                e,
                d.fullName() ? e.childName() : Masking.name(e.childName()),
                d.fullIdentifiers() ? e.childIdNumber() : new ResidentIdNumber(e.childIdNumber()).masked(),
                // a masked ID number beside an age in months would narrow the hidden birth date: whole years only
                d.birthDate()
                        ? (months < 12
                                ? months + "月龄"
                                : (months / 12) + "岁" + (months % 12 == 0 ? "" : (months % 12) + "个月"))
                        : (months < 12 ? "不满1岁" : (months / 12) + "岁"));
    }
}
