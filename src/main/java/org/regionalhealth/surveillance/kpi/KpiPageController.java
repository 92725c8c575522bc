package org.regionalhealth.surveillance.kpi;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Division;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.Role;
import org.regionalhealth.surveillance.signals.Explanation;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * KPIs of the warning and response chain, a schematic map of the towns coloured by their highest open grade (town
 * centres on a blank plane: no tiles or boundaries are reachable offline), daily series per channel, Excel export.
 */
@Controller
@PreAuthorize("hasAnyRole('CDC_OFFICER','DISTRICT_ADMIN')")
class KpiPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Kpis kpis;
    private final Organizations organizations;
    private final CurrentUsers users;

    private final Clock clock;

    KpiPageController(Kpis kpis, Organizations organizations, CurrentUsers users, Clock clock) {
        this.clock = clock;
        this.kpis = kpis;
        this.organizations = organizations;
        this.users = users;
    }

    @Bean
    static NavigationItem kpiLink() {
        return new NavigationItem(
                "nav.kpi",
                "/surveillance/kpi",
                MenuSection.SURVEILLANCE,
                Set.of(Role.CDC_OFFICER, Role.DISTRICT_ADMIN));
    }

    @GetMapping("/surveillance/kpi")
    String page(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model) {
        CurrentUser user = users.require();
        LocalDate end = date(to, LocalDate.now(clock));
        LocalDate start = date(from, end.minusDays(364));
        if (start.isAfter(end)) {
            start = end;
        }
        model.addAttribute("report", kpis.report(user.scope(), start, end));
        Map<String, String> grades = kpis.openGradeByTown(user.scope());
        List<Map<String, Object>> towns = new ArrayList<>();
        for (Division town : organizations.towns()) {
            if (town.lat() == null || town.lng() == null) {
                continue;
            }
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("code", town.code());
            t.put("name", town.name());
            t.put("lat", town.lat());
            t.put("lng", town.lng());
            t.put("grade", grades.getOrDefault(town.code(), "none"));
            towns.add(t);
        }
        model.addAttribute("mapJson", JSON.writeValueAsString(towns));
        LocalDate chartFrom = end.minusDays(89);
        Map<String, Map<LocalDate, Long>> totals = kpis.dailyTotals(user.scope(), chartFrom, end);
        List<String> days = new ArrayList<>();
        for (LocalDate d = chartFrom; !d.isAfter(end); d = d.plusDays(1)) {
            days.add(d.toString());
        }
        List<Map<String, Object>> series = new ArrayList<>();
        totals.forEach((channel, byDay) -> {
            List<Long> values = new ArrayList<>();
            for (LocalDate d = chartFrom; !d.isAfter(end); d = d.plusDays(1)) {
                values.add(byDay.getOrDefault(d, 0L));
            }
            series.add(Map.of("name", Explanation.channelLabel(channel), "data", values));
        });
        model.addAttribute("simulation", kpis.simulationReport().orElse(null));
        model.addAttribute("truth", kpis.simulationTruth());
        model.addAttribute("chartJson", JSON.writeValueAsString(Map.of("days", days, "series", series)));
        return "surveillance/kpi";
    }

    @GetMapping("/surveillance/kpi.xlsx")
    @ResponseBody
    ResponseEntity<StreamingResponseBody> excel(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        CurrentUser user = users.require();
        LocalDate end = date(to, LocalDate.now(clock));
        LocalDate start = date(from, end.minusDays(364));
        Kpis.Report report = kpis.report(user.scope(), start, end);
        StreamingResponseBody body = out -> write(report, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"surveillance-kpi-" + end + ".xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(body);
    }

    private static void write(Kpis.Report report, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "RegionalHealthPlatform", "1.0");
        List<Kpis.Row> all = new ArrayList<>();
        all.add(report.overall());
        sheet(wb.newWorksheet("按镇街"), report, all, report.byTown());
        sheet(wb.newWorksheet("按通道"), report, all, report.byChannel());
        wb.finish();
    }

    private static void sheet(Worksheet ws, Kpis.Report report, List<Kpis.Row> head, List<Kpis.Row> rows) {
        String[] titles = {
            "范围",
            "信号数",
            "已响应",
            "已核实",
            "响应率",
            "首次响应中位数(小时)",
            "P25(小时)",
            "P75(小时)",
            "时限内响应比例",
            "疑似事件率",
            "聚集数",
            "转为暴发数",
            "聚集转暴发率"
        };
        ws.value(0, 0, "统计期 " + report.from() + " 至 " + report.to() + "（按信号首日）");
        for (int c = 0; c < titles.length; c++) {
            ws.value(1, c, titles[c]);
        }
        int r = 2;
        List<Kpis.Row> list = new ArrayList<>(head);
        list.addAll(rows);
        for (Kpis.Row row : list) {
            ws.value(r, 0, row.label());
            ws.value(r, 1, row.signals());
            ws.value(r, 2, row.acknowledged());
            ws.value(r, 3, row.verified());
            ws.value(r, 4, row.responseRate());
            if (row.medianHours() != null) {
                ws.value(r, 5, row.medianHours());
                ws.value(r, 6, row.p25Hours());
                ws.value(r, 7, row.p75Hours());
            }
            ws.value(r, 8, row.withinClock());
            ws.value(r, 9, row.suspectedRate());
            ws.value(r, 10, row.clusters());
            ws.value(r, 11, row.converted());
            if (row.conversion() != null) {
                ws.value(r, 12, row.conversion());
            }
            r++;
        }
    }

    private static LocalDate date(@Nullable String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
