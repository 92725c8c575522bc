package org.regionalhealth.healthcity.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.healthcity.Evaluation;
import org.regionalhealth.healthcity.Evaluations;
import org.regionalhealth.healthcity.PlatformIndicators;
import org.regionalhealth.healthcity.TownEvaluation;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The evaluation pages: ranking by town with year-on-year change and the most improved, a town's score taken apart
 * indicator by indicator, the printable annual report and its Excel.
 */
@Controller
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN', 'CDC_OFFICER', 'DEPARTMENT_OFFICER')")
class EvaluationController {

    private final Evaluations evaluations;
    private final PlatformIndicators platform;
    private final Labels labels;
    private final AuditLog audit;
    private final java.time.Clock clock;

    EvaluationController(
            Evaluations evaluations,
            PlatformIndicators platform,
            Labels labels,
            AuditLog audit,
            java.time.Clock clock) {
        this.evaluations = evaluations;
        this.platform = platform;
        this.labels = labels;
        this.audit = audit;
        this.clock = clock;
    }

    @Bean
    static NavigationItem healthCityEvaluationLink() {
        return new NavigationItem(
                "healthcity.nav.evaluation",
                "/healthcity",
                MenuSection.INDICATORS,
                Set.of(Role.DISTRICT_ADMIN, Role.CDC_OFFICER, Role.DEPARTMENT_OFFICER));
    }

    /** The year shown when none is asked for: the latest whose department values are due, else the latest. */
    int defaultYear() {
        var years = evaluations.years();
        if (years.isEmpty()) {
            return LocalDate.now(clock).getYear();
        }
        for (int i = years.size() - 1; i >= 0; i--) {
            if (!evaluations.of(years.get(i)).collecting()) {
                return years.get(i);
            }
        }
        return years.get(years.size() - 1);
    }

    @GetMapping("/healthcity")
    String ranking(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int shown = year == null ? defaultYear() : year;
        var evaluation = evaluations.of(shown);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("years", evaluations.years());
        model.addAttribute("year", shown);
        model.addAttribute(
                "top",
                evaluation.ranking().isEmpty()
                        ? 100.0
                        : evaluation.ranking().get(0).score());
        return "healthcity/evaluation";
    }

    @GetMapping("/healthcity/towns/{code}")
    String town(@PathVariable String code, @RequestParam(required = false) @Nullable Integer year, Model model) {
        if (year == null) {
            year = defaultYear(); // a link or bookmark without the year opens the year the ranking opens on
        }
        var town = evaluations.town(code, year);
        model.addAttribute("town", town);
        model.addAttribute("year", year);
        model.addAttribute("years", evaluations.years());
        model.addAttribute(
                "dimensions",
                town.items().stream()
                        .map(i -> i.indicator().level1())
                        .distinct()
                        .toList());
        return "healthcity/town";
    }

    @GetMapping("/healthcity/report")
    String report(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int shown = year == null ? defaultYear() : year;
        var evaluation = evaluations.of(shown);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("year", shown);
        model.addAttribute(
                "towns",
                evaluation.ranking().stream()
                        .map(t -> evaluations.town(t.townCode(), shown))
                        .toList());
        model.addAttribute("today", LocalDate.now(clock));
        return "healthcity/report";
    }

    @GetMapping("/healthcity/report/excel")
    ResponseEntity<byte[]> excel(@RequestParam(required = false) @Nullable Integer year) throws IOException {
        int shown = year == null ? defaultYear() : year;
        var evaluation = evaluations.of(shown);
        var towns = evaluation.ranking().stream()
                .map(t -> evaluations.town(t.townCode(), shown))
                .toList();
        var out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "RegionalHealthPlatform", "1.0");
        ranking(wb.newWorksheet("综合得分排名"), evaluation);
        values(wb.newWorksheet("指标数值"), towns);
        wb.finish();
        audit.record(AuditLog.Action.EXPORT, "healthcity_evaluation", List.of((long) shown), "health-city excel");
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(shown + "年度健康城市评价.xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(out.toByteArray());
    }

    private static void ranking(Worksheet ws, Evaluation evaluation) {
        ws.value(0, 0, evaluation.year() + " 年度健康城市建设评价：镇街综合得分（满分 100）");
        String[] titles = {"排名", "镇街", "综合得分", "数据完整度（%）", "上年得分", "较上年变化", "上年排名"};
        for (int c = 0; c < titles.length; c++) {
            ws.value(1, c, titles[c]);
        }
        int r = 2;
        for (var t : evaluation.ranking()) {
            ws.value(r, 0, t.rank());
            ws.value(r, 1, t.townName());
            ws.value(r, 2, t.score());
            ws.value(r, 3, t.completeness());
            if (t.previousScore() != null) {
                ws.value(r, 4, t.previousScore());
                ws.value(r, 5, t.change());
            }
            if (t.previousRank() != null) {
                ws.value(r, 6, t.previousRank());
            }
            r++;
        }
        ws.value(r + 1, 0, "方法：各指标按目标值和方向折算为 0–100 分（越高越好：数值÷目标；越低越好：目标÷数值；达到目标记满分；" + "未报记 0 分），按目录权重加权平均。");
    }

    private void values(Worksheet ws, List<TownEvaluation> towns) {
        String[] titles = {"镇街", "一级指标", "二级指标", "指标", "单位", "数值", "目标", "方向", "单项得分", "权重", "贡献分", "数据来源"};
        for (int c = 0; c < titles.length; c++) {
            ws.value(0, c, titles[c]);
        }
        int r = 1;
        for (var town : towns) {
            for (var item : town.items()) {
                var i = item.indicator();
                ws.value(r, 0, town.score().townName());
                ws.value(r, 1, i.level1());
                ws.value(r, 2, i.level2());
                ws.value(r, 3, i.name());
                ws.value(r, 4, i.unit());
                if (item.value() != null) {
                    ws.value(r, 5, item.value().value());
                    ws.value(r, 11, labels.zh(item.value().origin()));
                } else {
                    ws.value(r, 11, "未报");
                }
                ws.value(r, 6, i.target());
                ws.value(r, 7, labels.zh(i.direction()));
                ws.value(r, 8, item.subScore());
                ws.value(r, 9, item.weight());
                ws.value(r, 10, item.contribution());
                r++;
            }
        }
    }

    @PostMapping("/healthcity/recompute")
    @PreAuthorize("hasRole('DISTRICT_ADMIN')")
    String recompute() {
        var done = platform.recompute();
        return "redirect:/healthcity?year=" + done.year() + "&recomputed=" + done.values();
    }
}
