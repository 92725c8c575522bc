package org.regionalhealth.appointments.web;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.appointments.booking.Bookings;
import org.regionalhealth.appointments.family.FamilyMembers;
import org.regionalhealth.appointments.family.FamilyRelation;
import org.regionalhealth.appointments.schedule.Notifications;
import org.regionalhealth.appointments.triage.TriageInput;
import org.regionalhealth.appointments.triage.Triages;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.Sex;
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
 * The resident's phone flow (安诊儿): describe the complaint → red flag (120 first) or department with the earliest
 * slots → one tap books → 我的预约 with cancel and check-in.
 */
@Controller
@PreAuthorize("hasRole('RESIDENT')")
class ResidentBookingController {

    private final Triages triages;
    private final Bookings bookings;
    private final Notifications notifications;
    private final CurrentUsers users;
    private final FamilyMembers family;
    private final java.time.Clock clock;

    ResidentBookingController(
            Triages triages,
            Bookings bookings,
            Notifications notifications,
            CurrentUsers users,
            FamilyMembers family,
            java.time.Clock clock) {
        this.family = family;
        this.clock = clock;
        this.triages = triages;
        this.bookings = bookings;
        this.notifications = notifications;
        this.users = users;
    }

    @Bean
    static NavigationItem appointmentsTriageLink() {
        return new NavigationItem(
                "appointments.nav.triage", "/appointments", MenuSection.RESIDENT_SERVICES, Set.of(Role.RESIDENT));
    }

    @Bean
    static NavigationItem appointmentsMineLink() {
        return new NavigationItem(
                "appointments.nav.mine", "/appointments/mine", MenuSection.RESIDENT_SERVICES, Set.of(Role.RESIDENT));
    }

    /** The triage form as typed, echoed back with the answer or the errors. */
    record Form(
            String text, String patient, String age, String ageUnit, String sex, String temperature, String duration) {

        static Form blank() {
            return new Form("", "SELF", "", "YEARS", "", "", "");
        }
    }

    @GetMapping("/appointments")
    String triagePage(Model model) {
        model.addAttribute("members", family.of(users.require()));
        model.addAttribute("form", Form.blank());
        model.addAttribute("errors", Map.of());
        return "appointments/triage";
    }

    @PostMapping("/appointments/triage")
    String triage(
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "SELF") String patient,
            @RequestParam(defaultValue = "") String age,
            @RequestParam(defaultValue = "YEARS") String ageUnit,
            @RequestParam(defaultValue = "") String sex,
            @RequestParam(defaultValue = "") String temperature,
            @RequestParam(defaultValue = "") String duration,
            Model model) {
        var form = new Form(text, patient, age, ageUnit, sex, temperature, duration);
        model.addAttribute("form", form);
        var errors = new java.util.LinkedHashMap<String, String>();
        // a family member (就诊人) chosen as the patient: their age and sex fill what the resident left blank
        var members = family.of(users.require());
        model.addAttribute("members", members);
        FamilyMembers.Member member = null;
        if (patient.startsWith("M")) {
            member = members.stream()
                    .filter(m -> ("M" + m.residentId()).equals(patient))
                    .findFirst()
                    .orElse(null);
            if (member == null) {
                errors.put("patient", "请选择本人或已添加的就诊人");
            } else {
                model.addAttribute("patientId", member.residentId());
                model.addAttribute("patientName", member.name());
            }
        }
        Integer ageMonths = null;
        if (!age.isBlank()) {
            try {
                int n = Integer.parseInt(age.strip());
                if (n < 0 || n > 120) {
                    throw new NumberFormatException();
                }
                ageMonths = "MONTHS".equals(ageUnit) ? n : n * 12;
            } catch (NumberFormatException e) {
                errors.put("age", "年龄请填0–120之间的整数");
            }
        }
        Double temp = null;
        if (!temperature.isBlank()) {
            try {
                temp = Double.parseDouble(temperature.strip());
                if (temp < 30 || temp > 45) {
                    errors.put("temperature", "体温应在30–45℃之间");
                }
            } catch (NumberFormatException e) {
                errors.put("temperature", "体温请填数字，例如38.5");
            }
        }
        Integer days = duration.isBlank() ? null : Integer.valueOf(duration);
        Sex s =
                switch (sex) {
                    case "MALE" -> Sex.MALE;
                    case "FEMALE" -> Sex.FEMALE;
                    default -> null;
                };
        boolean child = "CHILD".equals(patient);
        if (member != null) {
            var today = java.time.LocalDate.now(clock);
            if (ageMonths == null) {
                ageMonths = member.ageMonthsOn(today);
            }
            if (s == null) {
                s = member.sex();
            }
            child = member.ageOn(today) < 14;
        }
        if (text.isBlank() && temp == null && !errors.containsKey("temperature")) {
            errors.put("text", "请描述哪里不舒服，例如“孩子发烧38度5，咳嗽两天”");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return "appointments/triage";
        }
        try {
            var advice = triages.triage(new TriageInput(text, ageMonths, s, temp, days, child), users.require());
            model.addAttribute("advice", advice);
            model.addAttribute("errors", Map.of());
        } catch (PlatformException e) {
            model.addAttribute("errors", e.fieldErrors().isEmpty() ? Map.of("text", e.getMessage()) : e.fieldErrors());
        }
        return "appointments/triage";
    }

    @PostMapping("/appointments/book")
    String book(
            @RequestParam long slotId,
            @RequestParam(required = false) @Nullable Long triageId,
            @RequestParam(required = false) @Nullable Long patientId,
            RedirectAttributes flash) {
        CurrentUser user = users.require();
        try {
            long patient =
                    patientId != null ? patientId : user.scope().residentId().orElseThrow();
            var booked = bookings.book(slotId, patient, triageId, user);
            return "redirect:/appointments/mine?booked=" + booked.id();
        } catch (PlatformException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/appointments/mine";
        }
    }

    @PostMapping("/appointments/sessions/{sessionId}/waitlist")
    String waitlist(@PathVariable long sessionId, RedirectAttributes flash) {
        CurrentUser user = users.require();
        try {
            bookings.joinWaitlist(sessionId, user.scope().residentId().orElseThrow(), user);
            flash.addFlashAttribute("message", "已加入候补：有人取消时将按候补顺序自动为您预约并通知您");
        } catch (PlatformException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/appointments/mine";
    }

    @GetMapping("/appointments/mine")
    String mine(
            @RequestParam(required = false) @Nullable Long booked,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CurrentUser user = users.require();
        long residentId = user.scope().residentId().orElseThrow();
        var list = bookings.ofAccount(residentId, Math.max(0, page), 10);
        model.addAttribute("appointments", list);
        var byId = new java.util.HashMap<Long, FamilyMembers.Member>();
        family.of(user).forEach(m -> byId.put(m.residentId(), m));
        model.addAttribute("members", byId);
        model.addAttribute("notices", notifications.latest(residentId, 5));
        if (booked != null) {
            model.addAttribute("booked", bookings.readable(booked, user));
        }
        bookings.suspendedThrough(residentId).ifPresent(d -> model.addAttribute("suspendedThrough", d));
        return "appointments/mine";
    }

    @PostMapping("/appointments/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes flash) {
        try {
            bookings.cancel(id, users.require());
            flash.addFlashAttribute("message", "预约已取消，挂号费将原路退回");
        } catch (PlatformException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/appointments/mine";
    }

    @PostMapping("/appointments/{id}/check-in")
    String checkIn(@PathVariable long id, RedirectAttributes flash) {
        try {
            var done = bookings.checkIn(id, users.require());
            flash.addFlashAttribute(
                    "message",
                    "签到成功：您的排队号是 " + done.queueNumber() + " 号，预计等候约 " + done.expectedWaitMinutes() + " 分钟，请留意叫号");
        } catch (PlatformException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/appointments/mine";
    }

    /** 就诊人管理: the family members the resident books for. */
    @GetMapping("/appointments/family")
    String familyPage(Model model) {
        return family(model, "", "", "", Map.of());
    }

    private String family(Model model, String name, String idNumber, String relation, Map<String, String> errors) {
        model.addAttribute("members", family.of(users.require()));
        model.addAttribute("max", FamilyMembers.MAX);
        model.addAttribute("relations", FamilyRelation.values());
        model.addAttribute("name", name);
        model.addAttribute("idNumber", idNumber);
        model.addAttribute("relation", relation);
        model.addAttribute("errors", errors);
        return "appointments/family";
    }

    @PostMapping("/appointments/family")
    String addMember(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String idNumber,
            @RequestParam(defaultValue = "") String relation,
            Model model,
            RedirectAttributes flash) {
        FamilyRelation r = null;
        for (var candidate : FamilyRelation.values()) {
            if (candidate.name().equals(relation)) {
                r = candidate;
            }
        }
        try {
            var added = family.add(users.require(), name, idNumber, r);
            flash.addFlashAttribute("message", "已添加就诊人 " + added.name() + "，预约时可在“为谁问诊”中选择");
            return "redirect:/appointments/family";
        } catch (PlatformException e) {
            var errors = e.fieldErrors().isEmpty() ? Map.of("idNumber", e.getMessage()) : e.fieldErrors();
            return family(model, name, idNumber, relation, errors);
        }
    }

    @PostMapping("/appointments/family/{memberId}/remove")
    String removeMember(@PathVariable long memberId, RedirectAttributes flash) {
        try {
            family.remove(users.require(), memberId);
            flash.addFlashAttribute("message", "已删除该就诊人；已有的预约不受影响");
        } catch (PlatformException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/appointments/family";
    }
}
