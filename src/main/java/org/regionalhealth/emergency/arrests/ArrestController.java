package org.regionalhealth.emergency.arrests;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.emergency.Aetiology;
import org.regionalhealth.emergency.ArrestLocation;
import org.regionalhealth.emergency.CardiacArrest;
import org.regionalhealth.emergency.CardiacArrests;
import org.regionalhealth.emergency.FirstRhythm;
import org.regionalhealth.emergency.Witnessed;
import org.regionalhealth.emergency.rewards.RewardFund;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The cardiac-arrest registry (院外心脏骤停登记, Utstein core): the year's list and rates, registration, the hospital
 * outcome, and the Utstein rates by town with their definitions (and as Excel).
 */
@Controller
@PreAuthorize("hasAnyRole('EMERGENCY_OFFICER', 'DISTRICT_ADMIN')")
class ArrestController {

    private final CardiacArrests arrests;
    private final RewardFund rewards;
    private final Organizations organizations;
    private final CurrentUsers users;
    private final Clock clock;

    ArrestController(
            CardiacArrests arrests, RewardFund rewards, Organizations organizations, CurrentUsers users, Clock clock) {
        this.arrests = arrests;
        this.rewards = rewards;
        this.organizations = organizations;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem cardiacArrestLink() {
        return new NavigationItem(
                "emergency.nav.arrests",
                "/emergency/arrests",
                MenuSection.EMERGENCY,
                Set.of(Role.EMERGENCY_OFFICER, Role.DISTRICT_ADMIN));
    }

    private Map<String, String> towns() {
        var towns = new LinkedHashMap<String, String>();
        organizations.towns().forEach(t -> towns.put(t.code(), t.name()));
        return towns;
    }

    private int year(@Nullable Integer year) {
        if (year != null && year >= 2000 && year <= LocalDate.now(clock).getYear()) {
            return year;
        }
        var years = arrests.years();
        return years.isEmpty() ? LocalDate.now(clock).getYear() : years.get(0);
    }

    private List<Integer> years() {
        var years = new java.util.ArrayList<>(arrests.years());
        int now = LocalDate.now(clock).getYear();
        if (!years.contains(now)) {
            years.add(0, now);
        }
        return years;
    }

    @GetMapping("/emergency/arrests")
    String list(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String town,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int y = year(year);
        var user = users.require();
        model.addAttribute("year", y);
        model.addAttribute("years", years());
        model.addAttribute("town", town);
        model.addAttribute("towns", towns());
        model.addAttribute("result", arrests.list(y, town, page, 20, user));
        model.addAttribute("rates", UtsteinRates.of("district", arrests.ofYear(y)));
        model.addAttribute("zone", clock.getZone());
        return "emergency/arrests";
    }

    @GetMapping("/emergency/arrests/new")
    String create(Model model) {
        var fields = new LinkedHashMap<String, String>();
        var now = LocalDateTime.now(clock).minusMinutes(30);
        fields.put("callDate", now.toLocalDate().toString());
        fields.put("callTime", "%02d:%02d".formatted(now.getHour(), now.getMinute()));
        fields.put("resuscitationAttempted", "true");
        fields.put("shocks", "0");
        return form(model, fields, Map.of());
    }

    private String form(Model model, Map<String, String> fields, Map<String, String> errors) {
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("towns", towns());
        model.addAttribute("locations", ArrestLocation.values());
        model.addAttribute("witnesses", Witnessed.values());
        model.addAttribute("aetiologies", Aetiology.values());
        model.addAttribute("rhythms", FirstRhythm.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "emergency/arrest-form";
    }

    @PostMapping("/emergency/arrests")
    String register(@RequestParam Map<String, String> fields, Model model) {
        var parsed = ArrestForm.parse(fields, towns(), clock.getZone());
        if (!parsed.errors().isEmpty()) {
            return form(model, fields, parsed.errors());
        }
        try {
            long id = arrests.register(parsed.arrest(), users.require());
            return "redirect:/emergency/arrests/" + id + "?saved";
        } catch (PlatformException e) {
            return form(model, fields, e.fieldErrors());
        }
    }

    @GetMapping("/emergency/arrests/{id}")
    String detail(@PathVariable long id, Model model) {
        var user = users.require();
        var arrest =
                arrests.find(id, user).orElseThrow(() -> PlatformException.notFound("ARREST_NOT_FOUND", "未找到该心脏骤停登记"));
        return detail(arrest, model, Map.of());
    }

    private String detail(CardiacArrest arrest, Model model, Map<String, String> errors) {
        model.addAttribute("a", arrest);
        model.addAttribute("town", towns().getOrDefault(arrest.townCode(), arrest.townCode()));
        model.addAttribute("callAt", LocalDateTime.ofInstant(arrest.callAt(), clock.getZone()));
        model.addAttribute("reward", rewards.ofArrest(arrest.id()).orElse(null));
        model.addAttribute("eligible", rewards.eligible(arrest));
        model.addAttribute("errors", errors);
        return "emergency/arrest";
    }

    @PostMapping("/emergency/arrests/{id}/outcome")
    String outcome(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String survivedDischarge,
            @RequestParam(defaultValue = "") String cpc,
            Model model) {
        var user = users.require();
        var arrest =
                arrests.find(id, user).orElseThrow(() -> PlatformException.notFound("ARREST_NOT_FOUND", "未找到该心脏骤停登记"));
        Integer c = null;
        try {
            c = cpc.isBlank() ? null : Integer.parseInt(cpc.strip());
        } catch (NumberFormatException e) {
            return detail(arrest, model, Map.of("cpc", "CPC应为 1 到 4"));
        }
        try {
            arrests.recordOutcome(id, "yes".equals(survivedDischarge), c, user);
        } catch (PlatformException e) {
            return detail(arrest, model, e.fieldErrors());
        }
        return "redirect:/emergency/arrests/" + id + "?outcome";
    }

    /** One town's (or the district's) line of the rates table. */
    record RateRow(String name, UtsteinRates.Rates rates) {}

    private List<RateRow> rateRows(int year) {
        var towns = towns();
        var all = arrests.ofYear(year);
        var rows = new java.util.ArrayList<RateRow>();
        UtsteinRates.byTown(all).forEach((code, r) -> rows.add(new RateRow(towns.getOrDefault(code, code), r)));
        rows.add(new RateRow("全区", UtsteinRates.of("district", all)));
        return rows;
    }

    @GetMapping("/emergency/arrests/rates")
    String rates(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int y = year(year);
        model.addAttribute("year", y);
        model.addAttribute("years", years());
        model.addAttribute("rows", rateRows(y));
        return "emergency/rates";
    }

    @GetMapping("/emergency/arrests/rates.xlsx")
    ResponseEntity<StreamingResponseBody> ratesExcel(@RequestParam(required = false) @Nullable Integer year) {
        int y = year(year);
        var rows = rateRows(y);
        StreamingResponseBody body = out -> {
            Workbook wb = new Workbook(out, "RegionalHealthPlatform", "1.0");
            var ws = wb.newWorksheet(y + "年Utstein指标");
            String[] titles = {
                "镇街",
                "接报",
                "尝试复苏",
                "旁观者CPR",
                "旁观者CPR率%",
                "公众AED使用",
                "公众AED使用率%",
                "调度识别率%",
                "ROSC率%",
                "存活入院（抢救成功）",
                "抢救成功率%",
                "存活出院",
                "出院结局已知",
                "存活出院率%",
                "神经功能良好（CPC1-2）",
                "Utstein组（旁观者目击+可除颤心律）",
                "Utstein组存活出院率%",
                "到达时间中位数（分钟）"
            };
            for (int c = 0; c < titles.length; c++) {
                ws.value(0, c, titles[c]);
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (RateRow row : rows) {
                var x = row.rates();
                Object[] values = {
                    row.name(),
                    x.attended(),
                    x.attempted(),
                    x.bystanderCpr(),
                    pct(x.bystanderCprRate()),
                    x.bystanderAed(),
                    pct(x.bystanderAedRate()),
                    pct(x.dispatcherRate()),
                    pct(x.roscRate()),
                    x.survivedEvent(),
                    pct(x.survivedEventRate()),
                    x.survivedDischarge(),
                    x.dischargeKnown(),
                    pct(x.dischargeRate()),
                    x.goodNeurology(),
                    x.comparator(),
                    pct(x.comparatorSurvivalRate()),
                    x.medianResponseMinutes()
                };
                for (int c = 0; c < values.length; c++) {
                    if (values[c] instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (values[c] != null) {
                        ws.value(r, c, values[c].toString());
                    }
                }
                r++;
            }
            wb.finish();
        };
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("心脏骤停Utstein指标-" + y + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(body);
    }

    private static @Nullable Double pct(@Nullable Double rate) {
        return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }
}
