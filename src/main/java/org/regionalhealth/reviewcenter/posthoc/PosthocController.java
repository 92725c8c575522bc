package org.regionalhealth.reviewcenter.posthoc;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PageResult;
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

/** The post-hoc review pages: samples, grading beside the screening findings, Excel export. */
@Controller
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN','MC_PHARMACIST')")
class PosthocController {

    private final PosthocReviews reviews;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Organizations organizations;
    private final Clock clock;

    /** Samples and sampled prescriptions per page (the 37,867 px page of issue 16). */
    static final int PAGE_SIZE = 20;

    PosthocController(
            PosthocReviews reviews, CurrentUsers users, AuditLog audit, Organizations organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
        this.reviews = reviews;
        this.users = users;
        this.audit = audit;
    }

    @Bean
    static NavigationItem posthocLink() {
        return new NavigationItem(
                "nav.rx.posthoc",
                "/prescription-review/posthoc",
                MenuSection.PRESCRIPTIONS,
                Set.of(Role.DISTRICT_ADMIN, Role.MC_PHARMACIST));
    }

    @GetMapping("/prescription-review/posthoc")
    String index(@RequestParam(defaultValue = "0") int page, Model model) {
        fillIndex(model, page);
        model.addAttribute("institutionCode", "");
        model.addAttribute("month", YearMonth.now(clock).minusMonths(1).toString());
        model.addAttribute("seed", "");
        return "reviewcenter/posthoc";
    }

    @PostMapping("/prescription-review/posthoc")
    String draw(
            @RequestParam(defaultValue = "") String institutionCode,
            @RequestParam(defaultValue = "") String month,
            @RequestParam(defaultValue = "") String seed,
            Model model) {
        // every field's error at once, on its field, with the input kept (issue 16: it ended on an error page)
        var errors = new LinkedHashMap<String, String>();
        if (institutionCode.isBlank()) {
            errors.put("institutionCode", "请选择机构");
        }
        YearMonth m = null;
        try {
            m = YearMonth.parse(month.trim());
        } catch (java.time.DateTimeException e) {
            errors.put("month", "请选择月份");
        }
        Long seedValue = null;
        if (!seed.isBlank()) {
            try {
                seedValue = Long.parseLong(seed.trim());
            } catch (NumberFormatException e) {
                errors.put("seed", "随机种子须为整数，可留空");
            }
        }
        if (errors.isEmpty()) {
            try {
                long id = reviews.draw(users.require(), institutionCode, m, seedValue);
                return "redirect:/prescription-review/posthoc/" + id;
            } catch (PlatformException e) {
                if (e.fieldErrors().isEmpty()) {
                    errors.put("institutionCode", e.getMessage());
                } else {
                    errors.putAll(e.fieldErrors());
                }
            }
        }
        fillIndex(model, 0);
        model.addAttribute("errors", errors);
        model.addAttribute("institutionCode", institutionCode);
        model.addAttribute("month", month);
        model.addAttribute("seed", seed);
        return "reviewcenter/posthoc";
    }

    private void fillIndex(Model model, int page) {
        var user = users.require();
        var all = reviews.samples(user);
        int from = Math.min(Math.max(page, 0) * PAGE_SIZE, all.size());
        model.addAttribute(
                "result",
                new PageResult<>(
                        all.subList(from, Math.min(from + PAGE_SIZE, all.size())),
                        all.size(),
                        Math.max(page, 0),
                        PAGE_SIZE));
        // the institution picker: hospitals and community health centres in scope, where prescriptions are reviewed
        var institutions = new ArrayList<Unit>();
        for (var type : List.of(UnitType.HOSPITAL, UnitType.HEALTH_CENTRE)) {
            institutions.addAll(organizations
                    .search(new UnitQuery(type, null, null, null), user.scope(), 0, 200)
                    .items());
        }
        model.addAttribute("institutions", institutions);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    @GetMapping("/prescription-review/posthoc/{id}")
    String sample(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        var user = users.require();
        model.addAttribute("sample", reviews.sample(id, user));
        var all = reviews.items(id, user);
        int from = Math.min(Math.max(page, 0) * PAGE_SIZE, all.size());
        model.addAttribute(
                "result",
                new PageResult<>(
                        all.subList(from, Math.min(from + PAGE_SIZE, all.size())),
                        all.size(),
                        Math.max(page, 0),
                        PAGE_SIZE));
        model.addAttribute("grades", Grade.values());
        return "reviewcenter/posthoc-sample";
    }

    @PostMapping("/prescription-review/posthoc/{id}/items/{prescriptionId}")
    String grade(
            @PathVariable long id,
            @PathVariable long prescriptionId,
            @RequestParam String grade,
            @RequestParam(required = false) @Nullable List<String> items,
            @RequestParam(required = false) @Nullable String comment,
            @RequestParam(defaultValue = "0") int page) {
        Grade g = PosthocReviews.parse(grade)
                .orElseThrow(() -> PlatformException.invalidField("POSTHOC_GRADE", "grade", "点评结果不正确"));
        List<String> codes = items == null
                ? List.of()
                : items.stream()
                        .filter(c -> Grade.ofItem(c).filter(x -> x == g).isPresent())
                        .toList();
        reviews.grade(id, prescriptionId, g, codes, comment, users.require());
        return "redirect:/prescription-review/posthoc/" + id + "?page=" + Math.max(page, 0) + "#rx-" + prescriptionId;
    }

    @GetMapping("/prescription-review/posthoc/{id}/export")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        var user = users.require();
        var sample = reviews.sample(id, user);
        var items = reviews.items(id, user);
        String file = URLEncoder.encode(
                        "处方点评-" + sample.institutionName() + "-" + sample.month() + ".xlsx", StandardCharsets.UTF_8)
                .replace("+", "%20");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + file);
        try (var workbook = new Workbook(response.getOutputStream(), "RegionalHealthPlatform", "1.0")) {
            var sheet = workbook.newWorksheet("处方点评");
            sheet.value(
                    0,
                    0,
                    sample.institutionName() + " · " + sample.month() + " · 抽样 " + sample.size() + "/"
                            + sample.population() + " · 种子 " + sample.seed() + " · 点评合格率 " + sample.passRate());
            String[] h = {"处方号", "日期", "类型", "科室", "诊断", "药品", "系统初审发现", "点评结果", "问题项", "点评意见", "点评药师"};
            for (int c = 0; c < h.length; c++) {
                sheet.value(1, c, h[c]);
            }
            int r = 2;
            for (var i : items) {
                sheet.value(r, 0, i.number());
                sheet.value(r, 1, i.issuedOn().toString());
                sheet.value(r, 2, i.setting());
                sheet.value(r, 3, i.department());
                sheet.value(r, 4, String.join("；", i.diagnoses()));
                sheet.value(r, 5, String.join("；", i.drugs()));
                sheet.value(
                        r,
                        6,
                        String.join(
                                "；",
                                i.findings().stream()
                                        .map(f -> f.ruleId() + " " + f.tier() + " " + f.message())
                                        .toList()));
                sheet.value(
                        r, 7, i.grade() == null ? "" : Grade.valueOf(i.grade()).labelZh());
                sheet.value(
                        r,
                        8,
                        String.join(
                                "；",
                                i.items().stream()
                                        .map(c -> c + " " + Grade.itemText(c))
                                        .toList()));
                sheet.value(r, 9, i.comment());
                sheet.value(r, 10, i.gradedBy());
                r++;
            }
        }
        audit.record(
                AuditLog.Action.EXPORT,
                "prescription",
                items.stream().map(PosthocReviews.Item::prescriptionId).toList(),
                "post-hoc export " + id);
    }
}
