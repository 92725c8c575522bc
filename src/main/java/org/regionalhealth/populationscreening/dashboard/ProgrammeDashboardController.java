package org.regionalhealth.populationscreening.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.Role;
import org.regionalhealth.populationscreening.Figures;
import org.regionalhealth.populationscreening.PopulationScreeningProperties;
import org.regionalhealth.populationscreening.Programme;
import org.regionalhealth.populationscreening.ProgrammeFigures;
import org.regionalhealth.populationscreening.ScreeningProgrammes;
import org.regionalhealth.populationscreening.TownFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A programme's dashboard (筛查项目看板): coverage, positive rate and follow-up completion for the year, by town within
 * the user's scope, with the rule and its source, Excel of the town table, and the invitation of this year's cohort.
 */
@Controller
@PreAuthorize("hasAnyRole('CDC_OFFICER', 'DISTRICT_ADMIN', 'STATION_DOCTOR')")
class ProgrammeDashboardController {

    private final ScreeningProgrammes programmes;
    private final PopulationScreeningProperties properties;
    private final CurrentUsers users;
    private final Labels labels;
    private final Clock clock;

    ProgrammeDashboardController(
            ScreeningProgrammes programmes,
            PopulationScreeningProperties properties,
            CurrentUsers users,
            Labels labels,
            Clock clock) {
        this.programmes = programmes;
        this.properties = properties;
        this.users = users;
        this.labels = labels;
        this.clock = clock;
    }

    @Bean
    static NavigationItem screeningDashboardLink() {
        return new NavigationItem(
                "populationscreening.nav.dashboard",
                "/populationscreening",
                MenuSection.PUBLIC_HEALTH,
                Set.of(Role.CDC_OFFICER, Role.DISTRICT_ADMIN, Role.STATION_DOCTOR));
    }

    /** A town row with the width of its coverage bar (per cent). */
    record Row(TownFigures town, double bar) {}

    @GetMapping("/populationscreening")
    String dashboard(
            @RequestParam(defaultValue = "COLORECTAL") Programme programme,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Integer invited,
            Model model) {
        var user = users.require();
        var years = programmes.years(programme, user);
        int shown = year != null ? year : years.isEmpty() ? LocalDate.now(clock).getYear() : years.get(0);
        var figures = programmes.figures(programme, shown, user);
        var rows = figures.towns().stream()
                .sorted((a, b) ->
                        Double.compare(b.figures().coverage(), a.figures().coverage()))
                .map(t -> new Row(t, t.figures().coverage()))
                .toList();
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("programme", programme);
        model.addAttribute("year", shown);
        model.addAttribute("years", years.contains(shown) ? years : withYear(years, shown));
        model.addAttribute("f", figures.total());
        model.addAttribute("rows", rows);
        model.addAttribute("invited", invited);
        model.addAttribute("mayInvite", user.role() == Role.CDC_OFFICER || user.role() == Role.DISTRICT_ADMIN);
        switch (programme) {
            case COLORECTAL -> {
                var c = properties.colorectal();
                model.addAttribute("referralDays", c.referralDays());
                model.addAttribute("sources", List.of(c.source(), c.ruleSource()));
                model.addAttribute("unconfirmed", c.unconfirmed());
            }
            case AUTISM -> {
                var a = properties.autism();
                model.addAttribute("referralDays", a.referralDays());
                model.addAttribute("sources", List.of(a.source()));
                model.addAttribute("unconfirmed", a.unconfirmed());
            }
            case SPINE -> {
                var sp = properties.spine();
                model.addAttribute("referralDays", sp.referralDays());
                model.addAttribute("sources", List.of(sp.source()));
                model.addAttribute("unconfirmed", sp.unconfirmed());
            }
            case COPD -> {
                var c = properties.copd();
                model.addAttribute("referralDays", c.referralDays());
                model.addAttribute("sources", List.of(c.source()));
                model.addAttribute("unconfirmed", c.unconfirmed());
            }
        }
        return "populationscreening/dashboard";
    }

    private static List<Integer> withYear(List<Integer> years, int year) {
        var all = new ArrayList<>(years);
        all.add(year);
        all.sort((a, b) -> b - a);
        return all;
    }

    @PostMapping("/populationscreening/invite")
    @PreAuthorize("hasAnyRole('CDC_OFFICER', 'DISTRICT_ADMIN')")
    String invite(@RequestParam Programme programme) {
        var today = LocalDate.now(clock);
        int invited = programmes.invite(programme, today, users.require());
        return "redirect:/populationscreening?programme=" + programme.name() + "&year=" + today.getYear() + "&invited="
                + invited;
    }

    @GetMapping("/populationscreening/towns.xlsx")
    ResponseEntity<StreamingResponseBody> excel(
            @RequestParam(defaultValue = "COLORECTAL") Programme programme, @RequestParam int year) {
        ProgrammeFigures figures = programmes.figures(programme, year, users.require());
        String title = labels.of(programme) + "-" + year + "年-分镇街";
        StreamingResponseBody body = out -> write(out, title, figures);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(title + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(body);
    }

    private void write(java.io.OutputStream out, String title, ProgrammeFigures figures) throws IOException {
        Workbook wb = new Workbook(out, "RegionalHealthPlatform", "1.0");
        Worksheet ws = wb.newWorksheet("分镇街");
        String[] titles = {"镇街", "邀约人数", "已筛查", "筛查覆盖率（%）", "初筛阳性", "阳性率（%）", "完成诊断性检查", "随访完成率（%）", "逾期未检查", "检出"};
        ws.value(0, 0, title);
        ws.style(0, 0).bold().set();
        for (int c = 0; c < titles.length; c++) {
            ws.value(1, c, titles[c]);
            ws.style(1, c).bold().set();
        }
        int r = 2;
        for (var t : figures.towns()) {
            row(ws, r++, t.townName(), t.figures());
        }
        row(ws, r, "合计", figures.total());
        ws.style(r, 0).bold().set();
        wb.finish();
    }

    private static void row(Worksheet ws, int r, String name, Figures f) {
        ws.value(r, 0, name);
        ws.value(r, 1, f.invited());
        ws.value(r, 2, f.screened());
        ws.value(r, 3, f.coverage());
        ws.value(r, 4, f.positive());
        ws.value(r, 5, f.positiveRate());
        ws.value(r, 6, f.completed());
        ws.value(r, 7, f.completion());
        ws.value(r, 8, f.overdue());
        ws.value(r, 9, f.detected());
    }
}
