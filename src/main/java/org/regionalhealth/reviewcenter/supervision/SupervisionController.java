package org.regionalhealth.reviewcenter.supervision;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervision page (三级监管, issue 4 §4): district → medical community → institution → department → doctor, each
 * user from their own scope down; every table of it exports to one Excel workbook.
 */
@Controller
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN','MC_PHARMACIST','HOSPITAL_DOCTOR','STATION_DOCTOR')")
class SupervisionController {

    /** Fewest answers to a rule's alerts before its override rate counts for the noisy-rule list. */
    static final int NOISY_MINIMUM_ANSWERS = 10;

    private final Labels labels;
    private final SupervisionReport reports;
    private final CurrentUsers users;
    private final AuditLog audit;

    SupervisionController(SupervisionReport reports, CurrentUsers users, AuditLog audit, Labels labels) {
        this.labels = labels;
        this.reports = reports;
        this.users = users;
        this.audit = audit;
    }

    @Bean
    static NavigationItem supervisionLink() {
        return new NavigationItem(
                "nav.rx.supervision",
                "/prescription-review/supervision",
                MenuSection.PRESCRIPTIONS,
                Set.of(Role.DISTRICT_ADMIN, Role.MC_PHARMACIST, Role.HOSPITAL_DOCTOR, Role.STATION_DOCTOR));
    }

    @GetMapping("/prescription-review/supervision")
    String page(
            @RequestParam(required = false) @Nullable Long unitId,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(defaultValue = "false") boolean departments,
            @RequestParam(required = false) @Nullable String period,
            Model model) {
        var report = reports.report(users.require(), unitId, department, departments, period);
        model.addAttribute("report", report);
        model.addAttribute("indicators", Indicator.HEADLINE);
        model.addAttribute("choices", SupervisionReport.PeriodChoice.values());
        model.addAttribute("noisy", report.noisyRules(NOISY_MINIMUM_ANSWERS));
        model.addAttribute("topRules", report.rules().stream().limit(15).toList());
        model.addAttribute(
                "topPharmacists", report.pharmacists().stream().limit(20).toList());
        model.addAttribute(
                "trendKeys",
                report.trend().stream().map(SupervisionQueries.Group::key).toList());
        model.addAttribute(
                "trendSeries",
                List.of(
                                Indicator.FLAG_RATE,
                                Indicator.INTERVENTION_RATE,
                                Indicator.PASS_RATE,
                                Indicator.DOUBLE_SIGN_RATE)
                        .stream()
                        .map(i -> new Series(
                                labels.of(i),
                                report.trend().stream()
                                        .map(g -> i.of(g.counts()).percent())
                                        .toList()))
                        .toList());
        model.addAttribute(
                "trendCounts",
                report.trend().stream().map(g -> g.counts().prescriptions()).toList());
        return "reviewcenter/supervision";
    }

    record Series(String name, List<Double> data) {}

    @GetMapping("/prescription-review/supervision/export")
    void export(
            @RequestParam(required = false) @Nullable Long unitId,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(defaultValue = "false") boolean departments,
            @RequestParam(required = false) @Nullable String period,
            HttpServletResponse response)
            throws IOException {
        var report = reports.report(users.require(), unitId, department, departments, period);
        String file = URLEncoder.encode(
                        "审方监管-" + report.unit().name() + "-" + report.period().from() + "-"
                                + report.period().to() + ".xlsx",
                        StandardCharsets.UTF_8)
                .replace("+", "%20");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + file);
        try (var workbook = new Workbook(response.getOutputStream(), "RegionalHealthPlatform", "1.0")) {
            indicatorSheet(workbook.newWorksheet("指标"), report);
            ruleSheet(workbook.newWorksheet("问题与超越"), report);
            pharmacistSheet(workbook.newWorksheet("药师工作量"), report);
            trendSheet(workbook.newWorksheet("趋势"), report);
        }
        // aggregate figures only, but record who took them out
        audit.record(
                AuditLog.Action.EXPORT,
                "prescriptionreview_supervision",
                List.of(report.unit().id()),
                "supervision export " + report.period().from() + ".."
                        + report.period().to());
    }

    private void indicatorSheet(Worksheet sheet, SupervisionReport.Report report) {
        sheet.value(
                0,
                0,
                report.unit().name() + (report.department() == null ? "" : " · " + report.department()) + " · 统计期 "
                        + report.period().from() + " 至 " + report.period().to());
        String[] counts = {"处方数", "问题处方", "进入药师复核", "药师已复核", "通过", "退回", "超时处理", "超时", "双签请求", "双签", "退回后修改"};
        int c = 0;
        sheet.value(1, c++, "单位/科室/医师");
        for (String h : counts) {
            sheet.value(1, c++, h);
        }
        for (Indicator i : Indicator.HEADLINE) {
            sheet.value(1, c++, labels.zh(i) + "（%）");
        }
        int r = 2;
        countRow(sheet, r++, "合计", report.totals());
        for (var row : report.rows()) {
            countRow(sheet, r++, row.name(), row.counts());
        }
    }

    private static void countRow(Worksheet sheet, int r, String name, Counts k) {
        int c = 0;
        sheet.value(r, c++, name);
        long[] v = {
            k.prescriptions(),
            k.flagged(),
            k.queued(),
            k.reviewed(),
            k.approved(),
            k.returned(),
            k.timeouts(),
            k.breached(),
            k.signatureRequests(),
            k.doubleSigned(),
            k.modifiedAfterReturn()
        };
        for (long x : v) {
            sheet.value(r, c++, x);
        }
        for (Indicator i : Indicator.HEADLINE) {
            Double p = i.of(k).percent();
            if (p != null) {
                sheet.value(r, c, p);
            }
            c++;
        }
    }

    private void ruleSheet(Worksheet sheet, SupervisionReport.Report report) {
        String[] h = {"规则", "类别", "发现数", "药师/医生应答", "其中超越", "CDS 反馈", "其中超越", "超越率（%）"};
        for (int c = 0; c < h.length; c++) {
            sheet.value(0, c, h[c]);
        }
        int r = 1;
        for (var row : report.rules()) {
            sheet.value(r, 0, row.ruleId());
            sheet.value(r, 1, labels.zh(row.category()));
            sheet.value(r, 2, row.findings());
            sheet.value(r, 3, row.decisions());
            sheet.value(r, 4, row.overrides());
            sheet.value(r, 5, row.cdsFeedback());
            sheet.value(r, 6, row.cdsOverridden());
            if (row.overrideRate().percent() != null) {
                sheet.value(r, 7, row.overrideRate().percent());
            }
            r++;
        }
    }

    private static void pharmacistSheet(Worksheet sheet, SupervisionReport.Report report) {
        String[] h = {"药师", "复核数", "通过", "退回", "超时", "平均处理（秒）", "平均等待（秒）"};
        for (int c = 0; c < h.length; c++) {
            sheet.value(0, c, h[c]);
        }
        int r = 1;
        for (var row : report.pharmacists()) {
            sheet.value(r, 0, row.pharmacist());
            sheet.value(r, 1, row.decided());
            sheet.value(r, 2, row.approved());
            sheet.value(r, 3, row.returned());
            sheet.value(r, 4, row.breached());
            sheet.value(r, 5, row.averageHandlingSeconds());
            sheet.value(r, 6, row.averageWaitSeconds());
            r++;
        }
    }

    private void trendSheet(Worksheet sheet, SupervisionReport.Report report) {
        sheet.value(0, 0, "期间");
        sheet.value(0, 1, "处方数");
        int c = 2;
        for (Indicator i : Indicator.HEADLINE) {
            sheet.value(0, c++, labels.zh(i) + "（%）");
        }
        int r = 1;
        for (var g : report.trend()) {
            sheet.value(r, 0, g.key());
            sheet.value(r, 1, g.counts().prescriptions());
            c = 2;
            for (Indicator i : Indicator.HEADLINE) {
                Double p = i.of(g.counts()).percent();
                if (p != null) {
                    sheet.value(r, c, p);
                }
                c++;
            }
            r++;
        }
    }
}
