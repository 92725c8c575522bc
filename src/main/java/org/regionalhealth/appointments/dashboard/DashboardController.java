package org.regionalhealth.appointments.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The district's booking dashboard (预约统计) with its Excel export. */
@Controller
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN','HOSPITAL_DOCTOR')")
class DashboardController {

    private final BookingDashboard dashboard;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    DashboardController(BookingDashboard dashboard, CurrentUsers users, AuditLog audit, Clock clock) {
        this.dashboard = dashboard;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Bean
    static NavigationItem appointmentsDashboardLink() {
        return new NavigationItem(
                "appointments.nav.dashboard",
                "/appointments/dashboard",
                MenuSection.INDICATORS,
                Set.of(Role.DISTRICT_ADMIN, Role.HOSPITAL_DOCTOR));
    }

    @GetMapping("/appointments/dashboard")
    String page(@RequestParam(defaultValue = "14") int days, Model model) {
        var user = users.require();
        int span = Math.min(Math.max(days, 1), 366);
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusDays(span - 1L);
        model.addAttribute("days", span);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("totals", dashboard.totals(user.scope(), from, to, clock.getZone()));
        model.addAttribute("rows", dashboard.byInstitution(user.scope(), from, to));
        model.addAttribute("outcomes", dashboard.triageOutcomes(user.scope(), from, to, clock.getZone()));
        return "appointments/dashboard";
    }

    @GetMapping("/appointments/dashboard.xlsx")
    void excel(@RequestParam(defaultValue = "14") int days, HttpServletResponse response) throws IOException {
        var user = users.require();
        int span = Math.min(Math.max(days, 1), 366);
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusDays(span - 1L);
        var rows = dashboard.byInstitution(user.scope(), from, to);
        audit.record(
                AuditLog.Action.EXPORT,
                "appointments_statistics",
                List.of(),
                "booking dashboard Excel " + from + "–" + to);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''%E9%A2%84%E7%BA%A6%E7%BB%9F%E8%AE%A1-" + from + "-" + to + ".xlsx");
        try (var workbook = new Workbook(response.getOutputStream(), "区域数智健康平台", "1.0")) {
            var sheet = workbook.newWorksheet("预约统计");
            String[] head = {"机构", "号源", "已预约", "号源利用率(%)", "已签到", "爽约", "爽约率(%)", "取消"};
            for (int c = 0; c < head.length; c++) {
                sheet.value(0, c, head[c]);
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (var row : rows) {
                sheet.value(r, 0, row.unitName());
                sheet.value(r, 1, row.slots());
                sheet.value(r, 2, row.booked());
                sheet.value(r, 3, Math.round(row.fillRate() * 10) / 10.0);
                sheet.value(r, 4, row.attended());
                sheet.value(r, 5, row.noShows());
                sheet.value(r, 6, Math.round(row.noShowRate() * 10) / 10.0);
                sheet.value(r, 7, row.cancelled());
                r++;
            }
            sheet.value(r + 1, 0, "统计期间：" + from + " 至 " + to + "；号源利用率=已预约÷号源；爽约率=爽约÷(签到+爽约)");
        }
    }
}
