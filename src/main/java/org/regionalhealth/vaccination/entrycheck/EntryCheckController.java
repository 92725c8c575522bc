package org.regionalhealth.vaccination.entrycheck;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.Role;
import org.regionalhealth.vaccination.schedule.DoseForecast;
import org.regionalhealth.vaccination.web.VaccineNames;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 入托入学查验: a school's children to catch up, paged, with an Excel list for the school and the clinic. */
@Controller
@PreAuthorize("hasAnyRole('SCHOOL_NURSE','VACCINATION_NURSE','DISTRICT_ADMIN','CDC_OFFICER')")
class EntryCheckController {

    private final EntryChecks checks;
    private final Organizations organizations;
    private final CurrentUsers users;
    private final VaccineNames names;
    private final Labels labels;

    EntryCheckController(
            EntryChecks checks, Organizations organizations, CurrentUsers users, VaccineNames names, Labels labels) {
        this.checks = checks;
        this.organizations = organizations;
        this.users = users;
        this.names = names;
        this.labels = labels;
    }

    @Bean
    static NavigationItem entryCheckLink() {
        return new NavigationItem(
                "vaccination.nav.entryCheck",
                "/vaccination/entry-check",
                MenuSection.PUBLIC_HEALTH,
                Set.of(Role.SCHOOL_NURSE, Role.VACCINATION_NURSE, Role.DISTRICT_ADMIN, Role.CDC_OFFICER));
    }

    @GetMapping("/vaccination/entry-check")
    String page(
            @RequestParam(required = false) @Nullable String town,
            @RequestParam(required = false) @Nullable Long school,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = users.require();
        boolean district = user.role() == Role.DISTRICT_ADMIN || user.role() == Role.CDC_OFFICER;
        String townCode = town == null || town.isBlank() ? null : town;
        var schools = checks.schools(user, townCode);
        Long chosen =
                school != null ? school : schools.size() == 1 ? schools.get(0).id() : null;
        model.addAttribute("district", district);
        model.addAttribute("towns", district ? organizations.towns() : List.of());
        model.addAttribute("town", townCode);
        model.addAttribute("schools", schools);
        model.addAttribute("school", chosen);
        if (chosen != null) {
            var result = checks.check(chosen, user);
            int size = 20;
            int p = Math.max(0, Math.min(page, Math.max(0, (result.toCatchUp().size() - 1) / size)));
            var items = result.toCatchUp()
                    .subList(p * size, Math.min(result.toCatchUp().size(), (p + 1) * size));
            model.addAttribute("result", result);
            model.addAttribute(
                    "children", new PageResult<>(items, result.toCatchUp().size(), p, size));
        }
        return "vaccination/entry-check";
    }

    @GetMapping("/vaccination/entry-check.xlsx")
    ResponseEntity<StreamingResponseBody> excel(@RequestParam long school) {
        var result = checks.check(school, users.require());
        StreamingResponseBody body = out -> write(result, out);
        String file = URLEncoder.encode(
                        result.school().name() + "-入托入学查验-" + result.day() + ".xlsx", StandardCharsets.UTF_8)
                .replace("+", "%20");
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"entry-check-" + result.day() + ".xlsx\"; filename*=UTF-8''" + file)
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(body);
    }

    private void write(EntryChecks.Result result, OutputStream out) throws IOException {
        var wb = new Workbook(out, "RegionalHealthPlatform", "1.0");
        var ws = wb.newWorksheet("需补种儿童");
        ws.value(
                0,
                0,
                result.school().name() + " 入托入学查验（" + result.day() + "）：查验 " + result.checked() + " 人，需补种 "
                        + result.toCatchUp().size() + " 人");
        String[] titles = {"年级", "班级", "姓名", "性别", "年龄", "身份证号", "需补种疫苗", "状态"};
        for (int c = 0; c < titles.length; c++) {
            ws.value(1, c, titles[c]);
        }
        int r = 2;
        for (var child : result.toCatchUp()) {
            ws.value(r, 0, child.grade());
            ws.value(r, 1, child.className());
            ws.value(r, 2, child.name());
            ws.value(r, 3, child.sex() == 'F' ? "女" : "男");
            ws.value(r, 4, child.age() + "岁");
            ws.value(r, 5, child.idNumber());
            ws.value(r, 6, child.missing().stream().map(this::dose).collect(Collectors.joining("、")));
            ws.value(r, 7, child.overdue() ? "逾期待补种" : "应种");
            r++;
        }
        wb.finish();
    }

    private String dose(DoseForecast d) {
        return names.dose(d.product(), d.dose()) + "（" + labels.of(d.status()) + "）";
    }
}
