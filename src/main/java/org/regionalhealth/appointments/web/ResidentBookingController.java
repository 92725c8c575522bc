package org.regionalhealth.appointments.web;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.appointments.booking.Bookings;
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

    ResidentBookingController(Triages triages, Bookings bookings, Notifications notifications, CurrentUsers users) {
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
        if (text.isBlank() && temp == null && !errors.containsKey("temperature")) {
            errors.put("text", "请描述哪里不舒服，例如“孩子发烧38度5，咳嗽两天”");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return "appointments/triage";
        }
        try {
            var advice = triages.triage(
                    new TriageInput(text, ageMonths, s, temp, days, "CHILD".equals(patient)), users.require());
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
            RedirectAttributes flash) {
        CurrentUser user = users.require();
        try {
            var booked = bookings.book(slotId, user.scope().residentId().orElseThrow(), triageId, user);
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
        var list = bookings.ofResident(residentId, Math.max(0, page), 10);
        model.addAttribute("appointments", list);
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
}
