package org.regionalhealth.consultation.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;
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

/**
 * The resident's 在线复诊 on the phone: the visits a follow-up may rest on, starting one, the chat with the doctor and
 * the prescription with its review state.
 */
@Controller
@PreAuthorize("hasRole('RESIDENT')")
class ResidentConsultationController {

    private final Consultations consultations;
    private final ConsultationViews views;
    private final CurrentUsers users;
    private final Clock clock;

    ResidentConsultationController(
            Consultations consultations, ConsultationViews views, CurrentUsers users, Clock clock) {
        this.consultations = consultations;
        this.views = views;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem consultationResidentLink() {
        return new NavigationItem(
                "consultation.nav.mine", "/consultation", MenuSection.RESIDENT_SERVICES, Set.of(Role.RESIDENT));
    }

    @GetMapping("/consultation")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("errors", Map.of());
        return list(page, null, "", false, model);
    }

    private String list(int page, @Nullable String visit, String complaint, boolean guardian, Model model) {
        CurrentUser user = users.require();
        long residentId = user.scope().residentId().orElseThrow();
        // the newest visit per diagnosis and institution: one choice per condition where it was diagnosed
        var seen = new java.util.HashSet<String>();
        model.addAttribute(
                "visits",
                consultations.eligibleVisits(residentId).stream()
                        .filter(v -> seen.add(v.icd10() + "@" + v.unitId()))
                        .limit(8)
                        .toList());
        // chronic conditions the family doctor manages (familydoctor): a follow-up may rest on them as well
        model.addAttribute("chronic", consultations.eligibleChronic(residentId));
        model.addAttribute("consultations", views.mine(user, page, 10));
        model.addAttribute("visit", visit);
        model.addAttribute("complaint", complaint);
        model.addAttribute("guardian", guardian);
        model.addAttribute("since", LocalDate.now(clock).minusDays(730));
        return "consultation/mine";
    }

    @PostMapping("/consultation")
    String open(
            @RequestParam(required = false) @Nullable String visit,
            @RequestParam(defaultValue = "") String complaint,
            @RequestParam(defaultValue = "false") boolean guardianPresent,
            Model model) {
        CurrentUser user = users.require();
        var errors = new LinkedHashMap<String, String>();
        if (visit == null || visit.isBlank()) {
            errors.put("visit", "请选择本次复诊所依据的线下就诊记录或慢病");
        }
        if (complaint.isBlank()) {
            errors.put("complaint", "请简要描述本次复诊的情况，例如“血压控制平稳，申请续方”");
        }
        if (errors.isEmpty()) {
            try {
                long residentId = user.scope().residentId().orElseThrow();
                var c = visit.startsWith(CHRONIC)
                        ? consultations.openOnChronic(
                                residentId, visit.substring(CHRONIC.length()), complaint, guardianPresent, user)
                        : consultations.open(residentId, visitId(visit), complaint, guardianPresent, user);
                return "redirect:/consultation/" + c.id();
            } catch (PlatformException e) {
                errors.putAll(e.fieldErrors().isEmpty() ? Map.of("visit", e.getMessage()) : e.fieldErrors());
            }
        }
        model.addAttribute("errors", errors);
        return list(0, visit, complaint, guardianPresent, model);
    }

    /** The form's value for a chronic condition: {@code chronic:HYPERTENSION}; a visit is its number. */
    static final String CHRONIC = "chronic:";

    private static long visitId(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw PlatformException.invalidField("CONSULTATION_VISIT", "visit", "请选择本次复诊所依据的线下就诊记录或慢病");
        }
    }

    @GetMapping("/consultation/{id}")
    String chat(@PathVariable long id, Model model) {
        model.addAttribute("detail", views.detail(id, users.require()));
        model.addAttribute("doctorView", false);
        model.addAttribute("me", "");
        model.addAttribute("lines", java.util.List.of());
        model.addAttribute("errors", Map.of());
        return "consultation/chat";
    }

    @GetMapping("/consultation/{id}/messages")
    String messages(@PathVariable long id, Model model) {
        model.addAttribute("messages", views.thread(id, users.require()));
        model.addAttribute("doctorView", false);
        model.addAttribute("consultationId", id);
        model.addAttribute("pollUrl", "/consultation/" + id + "/messages");
        return "consultation/messages :: thread";
    }

    @PostMapping("/consultation/{id}/messages")
    String post(@PathVariable long id, @RequestParam(defaultValue = "") String text, RedirectAttributes flash) {
        try {
            consultations.post(id, text, null, users.require());
        } catch (PlatformException e) {
            flash.addFlashAttribute("messageError", e.getMessage());
            flash.addFlashAttribute("draft", text);
        }
        return "redirect:/consultation/" + id + "#compose";
    }
}
