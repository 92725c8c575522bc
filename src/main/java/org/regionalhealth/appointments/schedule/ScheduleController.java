package org.regionalhealth.appointments.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
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

/** The department's schedule page: sessions of a day with their fill, 停诊 and 替诊, within the user's scope. */
@Controller
@PreAuthorize("hasAnyRole('HOSPITAL_DOCTOR','STATION_DOCTOR','DISTRICT_ADMIN')")
class ScheduleController {

    private final Schedules schedules;
    private final Departments departments;
    private final Organizations organizations;
    private final CurrentUsers users;
    private final Clock clock;

    ScheduleController(
            Schedules schedules,
            Departments departments,
            Organizations organizations,
            CurrentUsers users,
            Clock clock) {
        this.schedules = schedules;
        this.departments = departments;
        this.organizations = organizations;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem appointmentsScheduleLink() {
        return new NavigationItem(
                "appointments.nav.schedule",
                "/appointments/schedule",
                MenuSection.CLINICAL,
                Set.of(Role.HOSPITAL_DOCTOR, Role.STATION_DOCTOR, Role.DISTRICT_ADMIN));
    }

    @GetMapping("/appointments/schedule")
    String page(
            @RequestParam(required = false) @Nullable String day,
            @RequestParam(required = false) @Nullable String dept,
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = users.require();
        LocalDate date = LocalDate.now(clock);
        if (day != null && !day.isBlank()) {
            try {
                date = LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                model.addAttribute("dayError", "日期格式应为 年-月-日");
            }
        }
        String department = dept == null || dept.isBlank() ? null : dept;
        var sessions = schedules.list(user.scope(), date, department, unit, Math.max(0, page), 30);
        var clinics = new java.util.ArrayList<org.regionalhealth.org.Unit>();
        for (UnitType type : java.util.List.of(UnitType.HOSPITAL, UnitType.HEALTH_CENTRE)) {
            clinics.addAll(organizations
                    .search(new UnitQuery(type, null, null, null), user.scope(), 0, 100)
                    .items());
        }
        model.addAttribute("sessions", sessions);
        model.addAttribute("day", date);
        model.addAttribute("dept", department);
        model.addAttribute("unit", unit);
        model.addAttribute("departments", departments.all());
        model.addAttribute("clinics", clinics);
        return "appointments/schedule";
    }

    @PostMapping("/appointments/schedule/{id}/stop")
    String stop(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @Nullable String substitute,
            RedirectAttributes flash) {
        var user = users.require();
        var session = schedules.find(id);
        try {
            var done = schedules.stop(id, reason, substitute, user);
            flash.addFlashAttribute("message", (done.stopped() ? "已停诊并通知" : "已安排替诊并通知") + done.booked() + "位已预约的居民");
        } catch (PlatformException e) {
            flash.addFlashAttribute("error", e.getMessage());
            flash.addFlashAttribute("errorSession", id);
        }
        var day = session.map(Schedules.Session::day).map(LocalDate::toString).orElse("");
        return "redirect:/appointments/schedule?day=" + day
                + Optional.ofNullable(
                                session.map(Schedules.Session::departmentCode).orElse(null))
                        .map(d -> "&dept=" + d)
                        .orElse("");
    }
}
