package org.regionalhealth.surveillance.channels;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.Role;
import org.regionalhealth.surveillance.signals.Categories;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV upload of the reporting channels with a row-level validation report: a file with bad rows imports nothing
 * until fixed, or only its good rows when the user ticks "import the good rows only".
 */
@Controller
@PreAuthorize("hasAnyRole('CDC_OFFICER','DISTRICT_ADMIN','HOSPITAL_DOCTOR','SCHOOL_NURSE')")
class ChannelPageController {

    private final ChannelImports imports;
    private final CurrentUsers users;

    private final Clock clock;

    ChannelPageController(ChannelImports imports, CurrentUsers users, Clock clock) {
        this.clock = clock;
        this.imports = imports;
        this.users = users;
    }

    @Bean
    static NavigationItem channelsLink() {
        return new NavigationItem(
                "nav.channels",
                "/surveillance/channels",
                MenuSection.SURVEILLANCE,
                Set.of(Role.CDC_OFFICER, Role.DISTRICT_ADMIN, Role.HOSPITAL_DOCTOR));
    }

    /** A bad row as shown: the file's line number. */
    record LineError(int line, String field, String message) {}

    @GetMapping("/surveillance/channels")
    String page(Model model) {
        fill(model);
        return "surveillance/channels";
    }

    @PostMapping("/surveillance/channels")
    String upload(
            @RequestParam String kind,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "false") boolean goodRowsOnly,
            Model model) {
        fill(model);
        model.addAttribute("kind", kind);
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "请选择要上传的 CSV 文件");
            return "surveillance/channels";
        }
        CurrentUser user = users.require();
        try {
            ChannelCsv.Parsed<?> parsed;
            ImportReport report;
            if ("school".equals(kind)) {
                ChannelCsv.Parsed<org.regionalhealth.surveillance.schoolcheck.ClassCheck> p =
                        ChannelCsv.schoolChecks(file.getInputStream());
                parsed = p;
                report = p.fatal() != null || p.rows().isEmpty()
                        ? null
                        : imports.importSchoolChecks(
                                p.rows(),
                                user,
                                goodRowsOnly,
                                LocalDate.now(clock),
                                Instant.now(clock),
                                p.errors().values());
            } else if ("cases".equals(kind)) {
                ChannelCsv.Parsed<CaseReport> p = ChannelCsv.cases(file.getInputStream());
                parsed = p;
                report = p.fatal() != null || p.rows().isEmpty()
                        ? null
                        : imports.importCases(
                                p.rows(),
                                user,
                                goodRowsOnly,
                                LocalDate.now(clock),
                                Instant.now(clock),
                                p.errors().values());
            } else {
                ChannelCsv.Parsed<DailyCount> p = ChannelCsv.counts(file.getInputStream());
                parsed = p;
                report = p.fatal() != null || p.rows().isEmpty()
                        ? null
                        : imports.importCounts(
                                p.rows(),
                                user,
                                goodRowsOnly,
                                LocalDate.now(clock),
                                p.errors().values());
            }
            if (parsed.fatal() != null) {
                model.addAttribute("error", "CSV 文件有误：" + parsed.fatal());
                return "surveillance/channels";
            }
            if (report == null) {
                model.addAttribute("error", "CSV 文件没有数据行");
                return "surveillance/channels";
            }
            List<LineError> lines = new ArrayList<>();
            for (RowError e : report.errors()) {
                lines.add(new LineError(parsed.lines().get(e.row() - 1), e.field(), e.message()));
            }
            lines.sort(Comparator.comparingInt(LineError::line));
            model.addAttribute("report", report);
            model.addAttribute("lineErrors", lines);
        } catch (IOException e) {
            model.addAttribute("error", "无法读取上传的文件");
        }
        return "surveillance/channels";
    }

    private static void fill(Model model) {
        Map<String, Map<String, String>> categories = new LinkedHashMap<>();
        ChannelImports.COUNT_CHANNELS.forEach((c, spec) -> categories.put(c, spec.categories()));
        model.addAttribute("countColumns", String.join(",", ChannelCsv.COUNT_COLUMNS));
        model.addAttribute("caseColumns", String.join(",", ChannelCsv.CASE_COLUMNS));
        model.addAttribute("schoolColumns", String.join(",", ChannelCsv.SCHOOL_COLUMNS));
        model.addAttribute("categories", categories);
        model.addAttribute("diseases", Categories.DISEASES);
    }
}
