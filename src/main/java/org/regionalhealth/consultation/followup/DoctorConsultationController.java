package org.regionalhealth.consultation.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regionalhealth.consultation.followup.ConsultationViews.QueueTab;
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
 * The doctor's online follow-up desk: the queue (待接诊, 问诊中, 已结束), 复诊确认, the chat, the online prescription
 * (screened, then the pharmacist) and 转线下就诊.
 */
@Controller
@PreAuthorize("hasAnyRole('HOSPITAL_DOCTOR', 'STATION_DOCTOR')")
class DoctorConsultationController {

    static final int MAX_LINES = 5;

    private final Consultations consultations;
    private final ConsultationViews views;
    private final CurrentUsers users;

    DoctorConsultationController(Consultations consultations, ConsultationViews views, CurrentUsers users) {
        this.consultations = consultations;
        this.views = views;
        this.users = users;
    }

    @Bean
    static NavigationItem consultationQueueLink() {
        return new NavigationItem(
                "consultation.nav.queue",
                "/consultation/queue",
                MenuSection.CLINICAL,
                Set.of(Role.HOSPITAL_DOCTOR, Role.STATION_DOCTOR));
    }

    @GetMapping("/consultation/queue")
    String queue(
            @RequestParam(defaultValue = "WAITING") String tab,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        QueueTab which;
        try {
            which = QueueTab.valueOf(tab);
        } catch (IllegalArgumentException e) {
            which = QueueTab.WAITING;
        }
        CurrentUser doctor = users.require();
        model.addAttribute("tab", which);
        model.addAttribute("tabs", QueueTab.values());
        model.addAttribute("counts", views.counts(doctor));
        model.addAttribute("rows", views.queue(doctor, which, page, 20));
        return "consultation/queue";
    }

    /** The prescription form as typed: up to five lines, echoed back with the errors. */
    record LineInput(String drugName, String dose, String doseUnit, String frequency, String days)
            implements java.io.Serializable { // a flash attribute: stored in the page session (issue 24)

        boolean blank() {
            return drugName.isBlank() && dose.isBlank() && days.isBlank();
        }
    }

    @GetMapping("/consultation/queue/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser doctor = users.require();
        model.addAttribute("detail", views.detail(id, doctor));
        model.addAttribute("doctorView", true);
        model.addAttribute("me", doctor.username());
        if (!model.containsAttribute("lines")) {
            var blank = new ArrayList<LineInput>();
            blank.add(new LineInput("", "", "mg", "qd", "7"));
            for (int i = 1; i < MAX_LINES; i++) {
                blank.add(new LineInput("", "", "mg", "qd", ""));
            }
            model.addAttribute("lines", blank);
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "consultation/chat";
    }

    @GetMapping("/consultation/queue/{id}/messages")
    String messages(@PathVariable long id, Model model) {
        model.addAttribute("messages", views.thread(id, users.require()));
        model.addAttribute("doctorView", true);
        model.addAttribute("consultationId", id);
        model.addAttribute("pollUrl", "/consultation/queue/" + id + "/messages");
        return "consultation/messages :: thread";
    }

    @PostMapping("/consultation/queue/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes flash) {
        try {
            consultations.accept(id, users.require());
            flash.addFlashAttribute("message", "已接诊：请核对线下诊断后与患者沟通");
        } catch (PlatformException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/consultation/queue/" + id;
    }

    @PostMapping("/consultation/queue/{id}/messages")
    String post(@PathVariable long id, @RequestParam(defaultValue = "") String text, RedirectAttributes flash) {
        try {
            consultations.post(id, text, null, users.require());
        } catch (PlatformException e) {
            flash.addFlashAttribute("messageError", e.getMessage());
            flash.addFlashAttribute("draft", text);
        }
        return "redirect:/consultation/queue/" + id + "#compose";
    }

    @PostMapping("/consultation/queue/{id}/terminate")
    String terminate(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        try {
            consultations.terminate(id, reason, users.require());
            flash.addFlashAttribute("message", "已终止在线复诊，患者将收到转线下就诊的提示");
        } catch (PlatformException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/consultation/queue/" + id;
    }

    @PostMapping("/consultation/queue/{id}/close")
    String close(@PathVariable long id, RedirectAttributes flash) {
        try {
            consultations.close(id, users.require());
            flash.addFlashAttribute("message", "问诊已结束，记录已按门诊病历保存");
        } catch (PlatformException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/consultation/queue/" + id;
    }

    @PostMapping("/consultation/queue/{id}/prescribe")
    String prescribe(
            @PathVariable long id,
            @RequestParam(name = "drugName", defaultValue = "") List<String> drugNames,
            @RequestParam(name = "dose", defaultValue = "") List<String> doses,
            @RequestParam(name = "doseUnit", defaultValue = "") List<String> units,
            @RequestParam(name = "frequency", defaultValue = "") List<String> frequencies,
            @RequestParam(name = "days", defaultValue = "") List<String> days,
            RedirectAttributes flash) {
        var inputs = new ArrayList<LineInput>();
        for (int i = 0; i < MAX_LINES; i++) {
            inputs.add(new LineInput(
                    at(drugNames, i),
                    at(doses, i),
                    at(units, i).isBlank() ? "mg" : at(units, i),
                    at(frequencies, i),
                    at(days, i)));
        }
        var errors = new LinkedHashMap<String, String>();
        var lines = new ArrayList<Consultations.Line>();
        for (int i = 0; i < inputs.size(); i++) {
            var in = inputs.get(i);
            if (in.blank()) {
                continue;
            }
            if (in.drugName().isBlank()) {
                errors.put("line" + i, "第" + (i + 1) + "行：请填写药品名称");
                continue;
            }
            double dose;
            int d;
            try {
                dose = Double.parseDouble(in.dose().strip());
                if (dose <= 0 || dose > 100_000) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.put("line" + i, "第" + (i + 1) + "行：单次剂量请填大于0的数字");
                continue;
            }
            try {
                d = Integer.parseInt(in.days().strip());
                if (d < 1 || d > 90) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.put("line" + i, "第" + (i + 1) + "行：天数请填1–90之间的整数");
                continue;
            }
            lines.add(new Consultations.Line(in.drugName().strip(), dose, in.doseUnit(), in.frequency(), d));
        }
        if (errors.isEmpty() && lines.isEmpty()) {
            errors.put("line0", "请至少填写一种药品");
        }
        if (errors.isEmpty()) {
            try {
                var issued = consultations.prescribe(id, lines, users.require());
                flash.addFlashAttribute(
                        "message",
                        "REJECTED".equals(issued.status())
                                ? "处方未通过系统审核，已被拦截，请查看审核意见后重新开具"
                                : "处方已提交：系统审核完成，等待药师审核，审核通过后生效");
                return "redirect:/consultation/queue/" + id + "#prescriptions";
            } catch (PlatformException e) {
                errors.put("lines", e.getMessage());
            }
        }
        flash.addFlashAttribute("errors", errors);
        flash.addFlashAttribute("lines", inputs);
        return "redirect:/consultation/queue/" + id + "#prescribe";
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }
}
