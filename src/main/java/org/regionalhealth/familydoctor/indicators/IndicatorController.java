package org.regionalhealth.familydoctor.indicators;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.AuditLog;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Indicator pages: the table for a unit and its children, the quarterly trend, drill-down and Excel export. */
@Controller
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN','HOSPITAL_DOCTOR','STATION_DOCTOR','MC_PHARMACIST','CDC_OFFICER')")
class IndicatorController {

    static final List<String> TREND = List.of("HTN_CONTROL", "DM_CONTROL", "HTN_STANDARD", "KEY_GROUP_COVERAGE");

    private final IndicatorQueries queries;
    private final DrillDown drillDown;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final RecomputeProgress progress;
    private final RecomputeSchedule schedule;

    private final Clock clock;

    IndicatorController(
            IndicatorQueries queries,
            DrillDown drillDown,
            CurrentUsers users,
            AuditLog audit,
            RecomputeProgress progress,
            RecomputeSchedule schedule,
            Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.drillDown = drillDown;
        this.users = users;
        this.audit = audit;
        this.progress = progress;
        this.schedule = schedule;
    }

    @Bean
    static NavigationItem indicatorsLink() {
        return new NavigationItem(
                "nav.familydoctor.indicators",
                "/familydoctor/indicators",
                MenuSection.INDICATORS,
                // roles whose scope holds chronic patients (a hospital's or a pharmacist's holds none: issue 16)
                Set.of(Role.STATION_DOCTOR, Role.DISTRICT_ADMIN, Role.CDC_OFFICER));
    }

    @GetMapping("/familydoctor/indicators")
    String indicators(
            @RequestParam(required = false) @Nullable Long unitId,
            @RequestParam(defaultValue = "R12") String period,
            Model model) {
        var user = users.require();
        var unit = queries.unitFor(unitId, user);
        var p = period(period);
        var table = queries.table(unit, p.key());
        model.addAttribute("unit", unit);
        model.addAttribute("period", p);
        model.addAttribute("periods", Period.all(LocalDate.now(clock)));
        model.addAttribute("table", table);
        model.addAttribute("headline", Indicator.HEADLINE);
        model.addAttribute("groups", Indicator.perGroup());
        model.addAttribute("job", progress.status().orElse(null));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("isAdmin", user.role() == Role.DISTRICT_ADMIN);
        model.addAttribute("canGoUp", unit.id() != user.scope().unitId() && unit.parentId() != null);
        var trend = queries.trend(unit, LocalDate.now(clock), TREND);
        model.addAttribute("trendPeriods", List.copyOf(trend.keySet()));
        model.addAttribute(
                "trendSeries",
                TREND.stream()
                        .map(code -> new Series(
                                Indicator.byCode(code).orElseThrow().labelZh(),
                                trend.values().stream()
                                        .map(m -> m.get(code) == null
                                                ? null
                                                : m.get(code).percent())
                                        .toList()))
                        .toList());
        return "familydoctor/indicators";
    }

    record Series(String name, List<Double> data) {}

    /** The indicator job's progress; the fragment polls itself (htmx) while the job runs. */
    @GetMapping("/familydoctor/indicators/progress")
    String progress(Model model) {
        model.addAttribute("job", progress.status().orElse(null));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("isAdmin", users.require().role() == Role.DISTRICT_ADMIN);
        return "familydoctor/indicators :: progress";
    }

    /** A district administrator starts the job now (for example after a data correction). */
    @PostMapping("/familydoctor/indicators/recompute")
    @PreAuthorize("hasRole('DISTRICT_ADMIN')")
    String recompute(Model model) {
        if (schedule.startNow()) {
            audit.record(
                    AuditLog.Action.UPDATE, "familydoctor_indicator_fact", List.of(), "indicator recompute started");
        }
        return progress(model);
    }

    @GetMapping("/familydoctor/indicators/patients")
    String patients(
            @RequestParam(required = false) @Nullable Long unitId,
            @RequestParam String indicator,
            @RequestParam(defaultValue = "false") boolean met,
            @RequestParam(required = false) @Nullable Long teamId,
            @RequestParam(defaultValue = "R12") String period,
            Model model) {
        var unit = queries.unitFor(unitId, users.require());
        var p = period(period);
        var ind = Indicator.byCode(indicator)
                .orElseThrow(() -> PlatformException.invalidField("INDICATOR_UNKNOWN", "indicator", "指标不存在"));
        model.addAttribute("unit", unit);
        model.addAttribute("period", p);
        model.addAttribute("indicator", ind);
        model.addAttribute("met", met);
        try {
            model.addAttribute("patients", drillDown.patients(unit, p, indicator, met, teamId));
        } catch (PlatformException e) {
            model.addAttribute("patients", List.of());
            model.addAttribute("error", e.getMessage());
        }
        return "familydoctor/drilldown";
    }

    @GetMapping("/familydoctor/indicators/export")
    void export(
            @RequestParam(required = false) @Nullable Long unitId,
            @RequestParam(defaultValue = "R12") String period,
            HttpServletResponse response)
            throws IOException {
        var unit = queries.unitFor(unitId, users.require());
        var p = period(period);
        var table = queries.table(unit, p.key());
        String file = URLEncoder.encode("家庭医生指标-" + unit.name() + "-" + p.key() + ".xlsx", StandardCharsets.UTF_8);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + file);
        var indicators = new java.util.ArrayList<>(Indicator.HEADLINE);
        indicators.addAll(Indicator.perGroup());
        try (var workbook = new Workbook(response.getOutputStream(), "RegionalHealthPlatform", "1.0")) {
            var sheet = workbook.newWorksheet("指标");
            sheet.value(0, 0, unit.name() + " · 统计期 " + p.from() + " 至 " + p.to());
            sheet.value(1, 0, "机构/团队");
            for (int c = 0; c < indicators.size(); c++) {
                sheet.value(1, 1 + c * 3, indicators.get(c).labelZh() + "（%）");
                sheet.value(1, 2 + c * 3, "分子");
                sheet.value(1, 3 + c * 3, "分母");
            }
            int r = 2;
            for (var row : table.rows()) {
                sheet.value(r, 0, row.name());
                for (int c = 0; c < indicators.size(); c++) {
                    var v = row.value(indicators.get(c).code());
                    if (v.percent() != null) {
                        sheet.value(r, 1 + c * 3, v.percent());
                    }
                    sheet.value(r, 2 + c * 3, v.numerator());
                    sheet.value(r, 3 + c * 3, v.denominator());
                }
                r++;
            }
        }
        // aggregate figures only, but record who took the district's figures out
        audit.record(
                AuditLog.Action.EXPORT, "familydoctor_indicator", List.of(unit.id()), "indicator export " + p.key());
    }

    Period period(String key) {
        return Period.byKey(key, LocalDate.now(clock));
    }
}
