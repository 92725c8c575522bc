package org.regionalhealth.vaccination.district;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The district's coverage by town, drilling down to villages, with campaign progress and an Excel export. */
@Controller
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN','CDC_OFFICER')")
class CoverageController {

    private final Coverage coverage;
    private final Organizations organizations;
    private final AuditLog audit;
    private final Clock clock;

    CoverageController(Coverage coverage, Organizations organizations, AuditLog audit, Clock clock) {
        this.coverage = coverage;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    @Bean
    static NavigationItem coverageLink() {
        return new NavigationItem(
                "vaccination.nav.district",
                "/vaccination/district",
                MenuSection.PUBLIC_HEALTH,
                Set.of(Role.DISTRICT_ADMIN, Role.CDC_OFFICER));
    }

    @GetMapping("/vaccination/district")
    String page(@RequestParam(required = false) @Nullable String town, Model model) {
        var rows = coverage.rows(blank(town));
        var area = blank(town) == null
                ? "萧山区"
                : organizations.division(town).map(d -> d.name()).orElse(town);
        model.addAttribute("rows", rows);
        model.addAttribute("total", coverage.total(rows, area));
        model.addAttribute("town", blank(town));
        return "vaccination/district";
    }

    @GetMapping("/vaccination/district.xlsx")
    ResponseEntity<StreamingResponseBody> excel(@RequestParam(required = false) @Nullable String town) {
        var rows = coverage.rows(blank(town));
        var total = coverage.total(rows, "合计");
        audit.record(AuditLog.Action.EXPORT, "vaccination_coverage", List.of(), "接种覆盖率导出");
        StreamingResponseBody body = out -> write(rows, total, out);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"vaccination-coverage-" + LocalDate.now(clock) + ".xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(body);
    }

    private static void write(List<Coverage.Row> rows, Coverage.Row total, OutputStream out) throws IOException {
        var wb = new Workbook(out, "RegionalHealthPlatform", "1.0");
        var ws = wb.newWorksheet("接种覆盖率");
        String[] titles = {"地区", "1～6岁儿童", "卡介苗", "乙肝3剂", "脊灰3剂", "百白破3剂", "麻腮风1剂", "60岁及以上", "本季流感", "适龄女孩", "HPV首剂"};
        for (int c = 0; c < titles.length; c++) {
            ws.value(0, c, titles[c]);
        }
        int r = 1;
        for (var row : rows) {
            line(ws, r++, row);
        }
        line(ws, r, total);
        wb.finish();
    }

    private static void line(org.dhatim.fastexcel.Worksheet ws, int r, Coverage.Row row) {
        ws.value(r, 0, row.name());
        long[] v = {
            row.children(),
            row.bcg(),
            row.hepb3(),
            row.polio3(),
            row.dtap3(),
            row.mmr1(),
            row.elderly(),
            row.flu(),
            row.girls(),
            row.hpv()
        };
        for (int c = 0; c < v.length; c++) {
            ws.value(r, c + 1, v[c]);
        }
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
