package org.regionalhealth.vaccination.district;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The district's coverage by town on a schematic map and a table, drilling down to the villages and the schools and
 * kindergartens of a town (their rosters, what the entry check reads), with campaign progress and an Excel export.
 */
@Controller
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN','CDC_OFFICER')")
class CoverageController {

    private final Coverage coverage;
    private final Organizations organizations;
    private final AuditLog audit;
    private final CurrentUsers users;
    private final Clock clock;

    CoverageController(
            Coverage coverage, Organizations organizations, AuditLog audit, CurrentUsers users, Clock clock) {
        this.coverage = coverage;
        this.organizations = organizations;
        this.audit = audit;
        this.users = users;
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
    String page(
            @RequestParam(required = false) @Nullable String town,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var rows = coverage.rows(blank(town));
        var area = blank(town) == null
                ? "萧山区"
                : organizations.division(town).map(d -> d.name()).orElse(town);
        model.addAttribute("rows", rows);
        model.addAttribute("total", coverage.total(rows, area));
        model.addAttribute("town", blank(town));
        if (blank(town) == null) {
            model.addAttribute("map", townMap(rows));
        } else {
            model.addAttribute("schools", coverage.schools(town, users.require().scope(), Math.max(0, page), 20));
        }
        return "vaccination/district";
    }

    /**
     * The towns for the schematic map: position, children and the DTaP-3 and influenza shares. Coloured against the
     * target of 健康中国行动（2019—2030年）: 以乡（镇、街道）为单位适龄儿童免疫规划疫苗接种率保持在90%以上.
     */
    private List<Map<String, Object>> townMap(List<Coverage.Row> rows) {
        var positions = new LinkedHashMap<String, double[]>();
        for (var t : organizations.towns()) {
            if (t.lat() != null && t.lng() != null) {
                positions.put(t.code(), new double[] {t.lat(), t.lng()});
            }
        }
        return rows.stream()
                .filter(r -> positions.containsKey(r.code()))
                .map(r -> Map.<String, Object>of(
                        "code",
                        r.code(),
                        "name",
                        r.name(),
                        "lat",
                        positions.get(r.code())[0],
                        "lng",
                        positions.get(r.code())[1],
                        "children",
                        r.children(),
                        "dtap3",
                        Math.round(Coverage.Row.rate(r.dtap3(), r.children()) * 10) / 10.0,
                        "flu",
                        Math.round(Coverage.Row.rate(r.flu(), r.elderly()) * 10) / 10.0))
                .toList();
    }

    @GetMapping("/vaccination/district.xlsx")
    ResponseEntity<StreamingResponseBody> excel(@RequestParam(required = false) @Nullable String town) {
        var rows = coverage.rows(blank(town));
        var total = coverage.total(rows, "合计");
        List<Coverage.Row> schools = blank(town) == null
                ? List.of()
                : coverage.schools(town, users.require().scope(), 0, 1000).items();
        audit.record(AuditLog.Action.EXPORT, "vaccination_coverage", List.of(), "接种覆盖率导出");
        StreamingResponseBody body = out -> write(rows, total, schools, out);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("接种覆盖率-" + LocalDate.now(clock) + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(body);
    }

    private static void write(List<Coverage.Row> rows, Coverage.Row total, List<Coverage.Row> schools, OutputStream out)
            throws IOException {
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
        if (!schools.isEmpty()) {
            var sheet = wb.newWorksheet("学校与幼儿园");
            String[] heads = {"学校或幼儿园", "名册人数", "卡介苗", "乙肝3剂", "脊灰3剂", "百白破3剂", "麻腮风1剂"};
            for (int c = 0; c < heads.length; c++) {
                sheet.value(0, c, heads[c]);
            }
            int line = 1;
            for (var school : schools) {
                sheet.value(line, 0, school.name());
                long[] v = {
                    school.children(), school.bcg(), school.hepb3(), school.polio3(), school.dtap3(), school.mmr1()
                };
                for (int c = 0; c < v.length; c++) {
                    sheet.value(line, c + 1, v[c]);
                }
                line++;
            }
        }
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
