package org.regionalhealth.familydoctor.worklist;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.familydoctor.chronic.ChronicCare;
import org.regionalhealth.familydoctor.chronic.DangerSign;
import org.regionalhealth.familydoctor.chronic.Disease;
import org.regionalhealth.familydoctor.chronic.FollowUpAction;
import org.regionalhealth.familydoctor.chronic.FollowUpForm;
import org.regionalhealth.familydoctor.chronic.VisitClass;
import org.regionalhealth.familydoctor.people.People;
import org.regionalhealth.familydoctor.reminders.Reminders;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.Masking;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The village doctor's pages: today's worklist and a patient's follow-up page with the form. */
@Controller
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN','HOSPITAL_DOCTOR','STATION_DOCTOR')")
class WorklistController {

    private final Worklist worklist;
    private final ChronicCare care;
    private final People people;
    private final Reminders reminders;
    private final Organizations organizations;
    private final CurrentUsers users;
    private final AuditLog audit;

    private final Clock clock;

    WorklistController(
            Worklist worklist,
            ChronicCare care,
            People people,
            Reminders reminders,
            Organizations organizations,
            CurrentUsers users,
            AuditLog audit,
            Clock clock) {
        this.clock = clock;
        this.worklist = worklist;
        this.care = care;
        this.people = people;
        this.reminders = reminders;
        this.organizations = organizations;
        this.users = users;
        this.audit = audit;
    }

    @Bean
    static NavigationItem worklistLink() {
        return new NavigationItem(
                "nav.familydoctor.worklist",
                "/familydoctor/worklist",
                MenuSection.PUBLIC_HEALTH,
                // chronic patients are managed at centres and stations; a hospital sees its referrals (issue 16)
                Set.of(Role.STATION_DOCTOR, Role.DISTRICT_ADMIN));
    }

    static final int OVERVIEW_ROWS = 20;
    static final int PAGE_SIZE = 50;

    @GetMapping("/familydoctor/worklist")
    String worklist(
            @RequestParam(required = false) @Nullable String list,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = users.require();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        if (list != null && Worklist.LISTS.contains(list)) {
            // one list, paged: for working through a long list
            var result = worklist.page(today, user, list, page, PAGE_SIZE);
            model.addAttribute("focus", list);
            model.addAttribute("page", result);
            model.addAttribute("lists", java.util.Map.of(list, result.items()));
            model.addAttribute("totals", java.util.Map.of(list, result.total()));
        } else {
            // the day at a glance: the first rows of every list, each with a link to the whole list
            var overview = worklist.overview(today, user, OVERVIEW_ROWS);
            model.addAttribute("lists", overview.lists());
            model.addAttribute("totals", overview.totals());
        }
        model.addAttribute(
                "scopeUnit", organizations.find(user.scope().unitId()).orElse(null));
        return "familydoctor/worklist";
    }

    @PostMapping("/familydoctor/reminders")
    String remind(@RequestParam long residentId, @RequestParam Reminders.Kind kind, RedirectAttributes redirect) {
        var user = users.require();
        String station = organizations.find(user.unitId()).map(u -> u.name()).orElse("卫生服务站");
        try {
            reminders.send(residentId, kind, station, user);
            redirect.addFlashAttribute("message", "提醒短信已发送");
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/familydoctor/worklist";
    }

    @GetMapping("/familydoctor/patients/{id}")
    String patient(@PathVariable long id, Model model) {
        var user = users.require();
        var patient = care.require(id, user);
        var person = people.find(patient.residentId()).orElseThrow();
        audit.record(
                AuditLog.Action.READ, "resident", List.of(person.residentId()), "page /familydoctor/patients/" + id);
        model.addAttribute("patient", patient);
        model.addAttribute("person", person);
        model.addAttribute("age", person.ageOn(LocalDate.now(clock)));
        model.addAttribute("phone", user.mayReadFullIdentifiers() ? person.phone() : Masking.phone(person.phone()));
        var history = care.history(id, 50);
        model.addAttribute("history", history);
        model.addAttribute("trend", trend(history));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("dangerSigns", DangerSign.values());
        model.addAttribute("ruleSet", care.hypertensionRules().ruleSet());
        model.addAttribute(
                "bpTarget", care.hypertensionRules().systolicTargetFor(person.ageOn(LocalDate.now(clock)), false));
        model.addAttribute(
                "numeric", patient.disease() == Disease.HYPERTENSION || patient.disease() == Disease.DIABETES_T2);
        return "familydoctor/patient";
    }

    @PostMapping("/familydoctor/patients/{id}/followups")
    String record(
            @PathVariable long id,
            @Valid @ModelAttribute FollowUpForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("error", errors.getAllErrors().get(0).getDefaultMessage());
            return patient(id, model);
        }
        try {
            var recorded = care.record(id, form, users.require());
            var outcome = recorded.outcome();
            redirect.addFlashAttribute("outcomeClass", outcome.visitClass());
            redirect.addFlashAttribute("outcomeAction", outcome.action());
            redirect.addFlashAttribute("outcomeNextDue", outcome.nextDue());
            redirect.addFlashAttribute("outcomeReasons", String.join("；", outcome.reasons()));
            redirect.addFlashAttribute("outcomeReferral", recorded.referralId());
            return "redirect:/familydoctor/patients/" + id;
        } catch (PlatformException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            model.addAttribute("error", e.getMessage());
            return patient(id, model);
        }
    }

    @PostMapping("/familydoctor/referrals/{id}/check")
    String checkReferral(@PathVariable long id, @RequestParam @Nullable String outcome, RedirectAttributes redirect) {
        try {
            care.checkReferral(id, outcome, users.require());
            redirect.addFlashAttribute("message", "转诊随访已记录 / Referral check recorded");
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/familydoctor/worklist";
    }

    /** Labels the templates need. */
    @ModelAttribute("visitClasses")
    VisitClass[] visitClasses() {
        return VisitClass.values();
    }

    @ModelAttribute("actions")
    FollowUpAction[] actions() {
        return FollowUpAction.values();
    }

    /**
     * The follow-up chart's series, oldest first: visit dates, systolic and diastolic pressure, fasting glucose
     * ({@code null} where a visit did not measure it).
     */
    static java.util.Map<String, List<?>> trend(List<ChronicCare.FollowUpRow> history) {
        var rows = new java.util.ArrayList<>(history);
        java.util.Collections.reverse(rows);
        var days = new java.util.ArrayList<String>();
        var systolic = new java.util.ArrayList<Integer>();
        var diastolic = new java.util.ArrayList<Integer>();
        var glucose = new java.util.ArrayList<java.math.BigDecimal>();
        for (var r : rows) {
            days.add(r.visitDate().toString());
            systolic.add(r.systolic());
            diastolic.add(r.diastolic());
            glucose.add(r.fastingGlucose());
        }
        var out = new java.util.LinkedHashMap<String, List<?>>();
        out.put("days", days);
        out.put("systolic", systolic);
        out.put("diastolic", diastolic);
        out.put("glucose", glucose);
        return out;
    }
}
