package org.regionalhealth.ecg.callback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.ecg.EcgProperties;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chest-pain centre's page (胸痛中心危急值预警): critical ECG findings of the stations it serves, with the patient,
 * the station, the finding, the clock running from the ECG's time, every recorded step, and the centre's next step.
 */
@Controller
class ChestPainController {

    /** One alert with its patient (read audited by the resident index) and the patient's age at the ECG. */
    record Row(ChestPainAlert alert, @Nullable Resident patient, @Nullable Integer age, List<StepEntry> steps) {}

    private final CallBacks callBacks;
    private final ResidentIndex residents;
    private final CurrentUsers users;
    private final EcgProperties properties;
    private final Clock clock;

    ChestPainController(
            CallBacks callBacks, ResidentIndex residents, CurrentUsers users, EcgProperties properties, Clock clock) {
        this.callBacks = callBacks;
        this.residents = residents;
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    @Bean
    static NavigationItem ecgChestPainNavigation() {
        return new NavigationItem(
                "ecg.nav.chestPain",
                "/ecg/chest-pain",
                MenuSection.EMERGENCY,
                Set.of(Role.HOSPITAL_DOCTOR, Role.ECG_PHYSICIAN, Role.DISTRICT_ADMIN));
    }

    @GetMapping("/ecg/chest-pain")
    @PreAuthorize("hasAnyRole('HOSPITAL_DOCTOR', 'ECG_PHYSICIAN', 'DISTRICT_ADMIN')")
    String alerts(
            @RequestParam(defaultValue = "open") String tab, @RequestParam(defaultValue = "0") int page, Model model) {
        return page("done".equals(tab), page, null, model);
    }

    @PostMapping("/ecg/chest-pain/{id}/steps")
    @PreAuthorize("hasRole('HOSPITAL_DOCTOR')")
    String advance(@PathVariable long id, @RequestParam(required = false) @Nullable String step, Model model) {
        CallBackStep parsed;
        try {
            parsed = step == null ? null : CallBackStep.valueOf(step);
        } catch (IllegalArgumentException e) {
            parsed = null;
        }
        if (parsed == null) {
            return page(false, 0, "请选择要记录的处置步骤", model);
        }
        try {
            var alert = callBacks.advance(id, parsed, users.require());
            return "redirect:/ecg/chest-pain" + (alert.open() ? "" : "?tab=done") + "#alert-" + id;
        } catch (PlatformException e) {
            if ("ECG_ALERT_NOT_FOUND".equals(e.code())) {
                throw e;
            }
            return page(false, 0, e.getMessage(), model);
        }
    }

    private String page(boolean done, int page, @Nullable String error, Model model) {
        var user = users.require();
        var result = callBacks.alerts(user, !done, page, 10);
        Instant now = Instant.now(clock);
        var rows = result.items().stream()
                .map(a -> {
                    var patient =
                            residents.find(a.residentId(), user, "胸痛中心危急值预警").orElse(null);
                    Integer age =
                            patient == null ? null : patient.ageOn(LocalDate.ofInstant(a.ecgAt(), clock.getZone()));
                    return new Row(a, patient, age, callBacks.steps(a.recordingId()));
                })
                .toList();
        model.addAttribute("tab", done ? "done" : "open");
        model.addAttribute("result", result);
        model.addAttribute("rows", rows);
        model.addAttribute("now", now);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("target", properties.reperfusionTargetMinutes());
        model.addAttribute("canAct", user.role() == Role.HOSPITAL_DOCTOR);
        model.addAttribute("openCount", done ? callBacks.countOpen(user) : result.total());
        model.addAttribute("centres", callBacks.centres());
        model.addAttribute("error", error);
        return "ecg/chest-pain";
    }
}
