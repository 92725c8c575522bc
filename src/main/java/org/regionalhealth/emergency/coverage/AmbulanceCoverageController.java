package org.regionalhealth.emergency.coverage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.regionalhealth.emergency.AmbulanceStations;
import org.regionalhealth.emergency.EmergencyProperties;
import org.regionalhealth.org.Organizations;
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
 * Ambulance coverage: the share of residents and villages within 5, 10 and 15 minutes of the nearest 120 station,
 * per town, the gaps on the map, and where a further station would bring the most residents within the chosen
 * limit; the table as Excel.
 */
@Controller
@PreAuthorize("hasAnyRole('EMERGENCY_OFFICER', 'DISTRICT_ADMIN')")
class AmbulanceCoverageController {

    private final DistrictCoverage coverage;
    private final AmbulanceStations stations;
    private final Organizations organizations;
    private final EmergencyProperties properties;
    private final CurrentUsers users;
    private final Clock clock;

    AmbulanceCoverageController(
            DistrictCoverage coverage,
            AmbulanceStations stations,
            Organizations organizations,
            EmergencyProperties properties,
            CurrentUsers users,
            Clock clock) {
        this.coverage = coverage;
        this.stations = stations;
        this.organizations = organizations;
        this.properties = properties;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem ambulanceCoverageLink() {
        return new NavigationItem(
                "emergency.nav.coverage",
                "/emergency/coverage",
                MenuSection.EMERGENCY,
                Set.of(Role.EMERGENCY_OFFICER, Role.DISTRICT_ADMIN));
    }

    /** One town's line: its name, its share, its slowest village. */
    record TownRow(
            String code, String name, CoverageModel.Share share, double worstMinutes, String worstPlace, long gaps) {}

    private static int limit(int minutes) {
        for (int l : DistrictCoverage.LIMITS) {
            if (l == minutes) {
                return l;
            }
        }
        return 10;
    }

    private List<TownRow> rows(CoverageModel.Result result, int limit) {
        var names = new LinkedHashMap<String, String>();
        organizations.towns().forEach(t -> names.put(t.code(), t.name()));
        var rows = new ArrayList<TownRow>();
        result.towns().forEach((code, share) -> {
            var worst = result.reached().stream()
                    .filter(r -> r.place().townCode().equals(code))
                    .max(Comparator.comparingDouble(CoverageModel.Reached::minutes))
                    .orElseThrow();
            long gaps = result.reached().stream()
                    .filter(r -> r.place().townCode().equals(code) && r.minutes() > limit)
                    .count();
            rows.add(new TownRow(
                    code,
                    names.getOrDefault(code, code),
                    share,
                    worst.minutes(),
                    worst.place().name(),
                    gaps));
        });
        int index = indexOf(limit);
        rows.sort(Comparator.comparingDouble((TownRow r) -> r.share().residentShare(index))
                .thenComparing(TownRow::code));
        return rows;
    }

    static int indexOf(int limit) {
        for (int i = 0; i < DistrictCoverage.LIMITS.length; i++) {
            if (DistrictCoverage.LIMITS[i] == limit) {
                return i;
            }
        }
        return 1;
    }

    @GetMapping("/emergency/coverage")
    String page(@RequestParam(defaultValue = "10") int minutes, Model model) {
        int limit = limit(minutes);
        var result = coverage.cover(users.require(), limit);
        var list = stations.all();
        model.addAttribute("limit", limit);
        model.addAttribute("limitIndex", indexOf(limit));
        model.addAttribute("limits", DistrictCoverage.LIMITS);
        model.addAttribute("result", result);
        model.addAttribute("rows", rows(result, limit));
        model.addAttribute("stations", list);
        model.addAttribute(
                "ambulances", list.stream().mapToInt(s -> s.ambulances()).sum());
        model.addAttribute("travel", properties.ambulance());
        var towns = new LinkedHashMap<String, String>();
        organizations.towns().forEach(t -> towns.put(t.code(), t.name()));
        model.addAttribute("towns", towns);
        var villages = new StringBuilder("[");
        for (var r : result.reached()) {
            if (villages.length() > 1) {
                villages.append(',');
            }
            villages.append('[')
                    .append(r.place().lat())
                    .append(',')
                    .append(r.place().lng())
                    .append(',')
                    .append(Math.round(r.minutes() * 10) / 10.0)
                    .append(",\"")
                    .append(r.place().name().replace("\"", ""))
                    .append("\"]");
        }
        model.addAttribute("villages", villages.append(']').toString());
        var sites = new StringBuilder("[");
        for (var s : list) {
            if (sites.length() > 1) {
                sites.append(',');
            }
            sites.append('[')
                    .append(s.lat())
                    .append(',')
                    .append(s.lng())
                    .append(",\"")
                    .append(s.name().replace("\"", ""))
                    .append("\"]");
        }
        model.addAttribute("sites", sites.append(']').toString());
        var w = result.whatIf();
        model.addAttribute(
                "site",
                w == null
                        ? ""
                        : "[" + w.site().lat() + "," + w.site().lng() + ",\""
                                + w.site().name().replace("\"", "") + "\"]");
        return "emergency/coverage";
    }

    @GetMapping("/emergency/coverage.xlsx")
    ResponseEntity<StreamingResponseBody> excel() {
        var result = coverage.cover(users.require(), 0);
        var rows = rows(result, 15);
        var travel = properties.ambulance();
        StreamingResponseBody body = out -> {
            Workbook wb = new Workbook(out, "RegionalHealthPlatform", "1.0");
            var ws = wb.newWorksheet("急救站覆盖");
            ws.value(
                    0,
                    0,
                    "到达时间 = 出车准备 " + travel.turnoutMinutes() + " 分钟 + 直线距离 × " + travel.detourFactor() + "（绕行系数）÷ "
                            + travel.speedKmh() + " 公里/小时；误差约 ±20%");
            String[] titles = {
                "镇街",
                "居民数",
                "5分钟内居民占比",
                "10分钟内居民占比",
                "15分钟内居民占比",
                "村社区数",
                "5分钟内村社区",
                "10分钟内村社区",
                "15分钟内村社区",
                "最远村社区",
                "最远村社区分钟数"
            };
            for (int c = 0; c < titles.length; c++) {
                ws.value(1, c, titles[c]);
                ws.style(1, c).bold().set();
            }
            int r = 2;
            for (TownRow row : rows) {
                var s = row.share();
                ws.value(r, 0, row.name());
                ws.value(r, 1, s.residents());
                for (int i = 0; i < 3; i++) {
                    ws.value(r, 2 + i, Math.round(s.residentShare(i) * 1000) / 10.0);
                    ws.value(r, 6 + i, s.placesWithin()[i]);
                }
                ws.value(r, 5, s.places());
                ws.value(r, 9, row.worstPlace());
                ws.value(r, 10, Math.round(row.worstMinutes() * 10) / 10.0);
                r++;
            }
            var d = result.district();
            ws.value(r, 0, "全区");
            ws.value(r, 1, d.residents());
            for (int i = 0; i < 3; i++) {
                ws.value(r, 2 + i, Math.round(d.residentShare(i) * 1000) / 10.0);
                ws.value(r, 6 + i, d.placesWithin()[i]);
            }
            ws.value(r, 5, d.places());
            wb.finish();
        };
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("急救站覆盖-" + LocalDate.now(clock) + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(body);
    }
}
