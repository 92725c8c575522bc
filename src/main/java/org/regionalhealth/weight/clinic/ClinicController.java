package org.regionalhealth.weight.clinic;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.weight.alerts.Alerts;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The family doctor's 萧慧减 (alerts, enrolled residents) and the district dashboard by town with Excel. */
@Controller
class ClinicController {

    private final Clinic clinic;
    private final Trend trend;
    private final Alerts alerts;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    ClinicController(Clinic clinic, Trend trend, Alerts alerts, CurrentUsers users, AuditLog audit, Clock clock) {
        this.clinic = clinic;
        this.trend = trend;
        this.alerts = alerts;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Bean
    static NavigationItem weightClinicLink() {
        return new NavigationItem(
                "weight.nav.clinic",
                "/weight/clinic",
                MenuSection.PUBLIC_HEALTH,
                Set.of(Role.STATION_DOCTOR, Role.DISTRICT_ADMIN));
    }

    @Bean
    static NavigationItem weightDistrictLink() {
        return new NavigationItem(
                "weight.nav.district",
                "/weight/district",
                MenuSection.INDICATORS,
                Set.of(Role.DISTRICT_ADMIN, Role.CDC_OFFICER));
    }

    @GetMapping("/weight/clinic")
    @PreAuthorize("hasAnyRole('STATION_DOCTOR', 'DISTRICT_ADMIN')")
    String clinic(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int alertPage, Model model) {
        var user = users.require();
        model.addAttribute("alerts", alerts.open(user, alertPage, 10));
        model.addAttribute("enrolled", clinic.enrolled(user, page, 20));
        return "weight/clinic";
    }

    /** One enrolled resident's course: weigh-ins, weekly intake, days logged and active minutes (ECharts). */
    @GetMapping("/weight/clinic/residents/{residentId}")
    @PreAuthorize("hasAnyRole('STATION_DOCTOR', 'DISTRICT_ADMIN')")
    String resident(@PathVariable long residentId, Model model) {
        var course = trend.of(residentId, users.require());
        model.addAttribute("course", course);
        model.addAttribute("guideline", Trend.GUIDELINE_MINUTES);
        model.addAttribute(
                "chart",
                java.util.Map.of(
                        "days",
                                course.weighins().stream()
                                        .map(p -> p.day().toString())
                                        .toList(),
                        "kg", course.weighins().stream().map(Trend.Point::kg).toList(),
                        "target", course.targetKg(),
                        "weeks", course.weeks().stream().map(w -> w.number()).toList(),
                        "kcal",
                                course.weeks().stream()
                                        .map(Trend.Week::averageKcal)
                                        .toList(),
                        "energy", course.energyTargetKcal(),
                        "minutes",
                                course.weeks().stream()
                                        .map(Trend.Week::activeMinutes)
                                        .toList()));
        return "weight/trend";
    }

    @PostMapping("/weight/clinic/alerts/{id}/handle")
    @PreAuthorize("hasAnyRole('STATION_DOCTOR', 'DISTRICT_ADMIN')")
    String handle(@PathVariable long id, RedirectAttributes flash) {
        try {
            alerts.handle(id, users.require());
            flash.addFlashAttribute("message", "已标记为处理");
        } catch (PlatformException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/weight/clinic#alerts";
    }

    @GetMapping("/weight/district")
    @PreAuthorize("hasAnyRole('DISTRICT_ADMIN', 'CDC_OFFICER')")
    String district(Model model) {
        model.addAttribute("rows", clinic.byTown(users.require()));
        return "weight/district";
    }

    @GetMapping("/weight/district.xlsx")
    @PreAuthorize("hasAnyRole('DISTRICT_ADMIN', 'CDC_OFFICER')")
    void districtExcel(HttpServletResponse response) throws IOException {
        var rows = clinic.byTown(users.require());
        audit.record(AuditLog.Action.EXPORT, "weight_dashboard", List.of(), "weight district dashboard excel");
        String file = URLEncoder.encode("萧慧减-分镇街-" + LocalDate.now(clock) + ".xlsx", StandardCharsets.UTF_8);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + file);
        try (var workbook = new Workbook(response.getOutputStream(), "RegionalHealthPlatform", "1.0")) {
            var sheet = workbook.newWorksheet("萧慧减分镇街");
            var header = List.of("镇街", "入组人数", "满12周人数", "12周平均体重变化（公斤）", "减重≥5%人数", "减重≥5%比例（%）");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            int r = 1;
            for (var row : rows) {
                sheet.value(r, 0, row.townName());
                sheet.value(r, 1, row.enrolled());
                sheet.value(r, 2, row.at12Weeks());
                if (row.averageChangeKg() != null) {
                    sheet.value(r, 3, row.averageChangeKg());
                }
                sheet.value(r, 4, row.reached5Percent());
                if (row.reachedShare() != null) {
                    sheet.value(r, 5, row.reachedShare());
                }
                r++;
            }
        }
    }
}
