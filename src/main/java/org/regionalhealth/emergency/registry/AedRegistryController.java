package org.regionalhealth.emergency.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.emergency.Aed;
import org.regionalhealth.emergency.AedCareRules;
import org.regionalhealth.emergency.AedCondition;
import org.regionalhealth.emergency.AedInspections;
import org.regionalhealth.emergency.AedRegistry;
import org.regionalhealth.emergency.AedStatus;
import org.regionalhealth.emergency.BuildingType;
import org.regionalhealth.emergency.EmergencyProperties;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PageResult;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The AED registry for the 120 centre's staff: the map of every device by what it needs, the list (filter by town,
 * condition and text, paged), the registration and edit form, the monthly checks, the CSV import and the Excel list
 * of devices whose owners must act.
 */
@Controller
@PreAuthorize("hasAnyRole('EMERGENCY_OFFICER', 'DISTRICT_ADMIN')")
class AedRegistryController {

    static final int PAGE_SIZE = 20;

    private final AedRegistry registry;
    private final AedInspections inspections;
    private final AedImport importer;
    private final EmergencyProperties properties;
    private final CurrentUsers users;
    private final Labels labels;
    private final Clock clock;

    AedRegistryController(
            AedRegistry registry,
            AedInspections inspections,
            AedImport importer,
            EmergencyProperties properties,
            CurrentUsers users,
            Labels labels,
            Clock clock) {
        this.registry = registry;
        this.inspections = inspections;
        this.importer = importer;
        this.properties = properties;
        this.users = users;
        this.labels = labels;
        this.clock = clock;
    }

    @Bean
    static NavigationItem aedRegistryLink() {
        return new NavigationItem(
                "emergency.nav.registry",
                "/emergency/aeds",
                MenuSection.EMERGENCY,
                Set.of(Role.EMERGENCY_OFFICER, Role.DISTRICT_ADMIN));
    }

    record Row(Aed aed, AedCondition condition, String town, @Nullable LocalDate nextCheck) {}

    @GetMapping("/emergency/aeds")
    String list(
            @RequestParam(required = false) @Nullable String town,
            @RequestParam(required = false) @Nullable AedCondition condition,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        AedCareRules rules = properties.careRules();
        var towns = importer.towns();
        var all = registry.all();
        var counts = new EnumMap<AedCondition, Long>(AedCondition.class);
        for (AedCondition c : AedCondition.values()) {
            counts.put(c, 0L);
        }
        var matching = new ArrayList<Row>();
        var points = new StringBuilder("[");
        for (Aed a : all) {
            var c = AedCondition.of(a, today, rules);
            counts.merge(c, 1L, Long::sum);
            if (points.length() > 1) {
                points.append(',');
            }
            points.append('[')
                    .append(a.lat())
                    .append(',')
                    .append(a.lng())
                    .append(',')
                    .append(c.ordinal())
                    .append(',')
                    .append(a.id())
                    .append(']');
            if ((town == null || town.isBlank() || town.equals(a.townCode()))
                    && (condition == null || condition == c)
                    && (q == null || q.isBlank() || matches(a, q.strip()))) {
                matching.add(new Row(
                        a,
                        c,
                        towns.getOrDefault(a.townCode(), a.townCode()),
                        rules.nextInspectionDue(a.lastInspection())));
            }
        }
        matching.sort(Comparator.comparing((Row r) -> r.condition() == AedCondition.READY)
                .thenComparing(r -> r.condition().ordinal(), Comparator.reverseOrder())
                .thenComparing(r -> r.aed().id()));
        int p = Math.max(0, page);
        int from = Math.min(matching.size(), p * PAGE_SIZE);
        var items = matching.subList(from, Math.min(matching.size(), from + PAGE_SIZE));
        model.addAttribute("result", new PageResult<>(List.copyOf(items), matching.size(), p, PAGE_SIZE));
        model.addAttribute("counts", counts);
        model.addAttribute("total", all.size());
        model.addAttribute("conditions", AedCondition.values());
        model.addAttribute("towns", towns);
        model.addAttribute("points", points.append(']').toString());
        model.addAttribute("rules", rules);
        model.addAttribute("town", town);
        model.addAttribute("condition", condition);
        model.addAttribute("q", q);
        return "emergency/registry";
    }

    private static boolean matches(Aed a, String q) {
        return a.building().contains(q)
                || a.owner().contains(q)
                || a.serialNumber().equalsIgnoreCase(q)
                || a.location().contains(q);
    }

    /** Devices whose owners must act (or the filtered list) as Excel: the owner, the phone and what is due. */
    @GetMapping("/emergency/aeds.xlsx")
    ResponseEntity<StreamingResponseBody> excel(@RequestParam(required = false) @Nullable AedCondition condition) {
        LocalDate today = LocalDate.now(clock);
        var rules = properties.careRules();
        var towns = importer.towns();
        var rows = registry.all().stream()
                .map(a -> new Row(
                        a,
                        AedCondition.of(a, today, rules),
                        towns.getOrDefault(a.townCode(), ""),
                        rules.nextInspectionDue(a.lastInspection())))
                .filter(r -> condition == null ? r.condition().needsAction() : r.condition() == condition)
                .sorted(Comparator.comparing((Row r) -> r.aed().owner())
                        .thenComparing(r -> r.aed().id()))
                .toList();
        StreamingResponseBody body = out -> {
            Workbook wb = new Workbook(out, "RegionalHealthPlatform", "1.0");
            var ws = wb.newWorksheet("AED到期与巡检提醒");
            String[] titles = {
                "管理单位", "联系电话", "镇街", "建筑名称", "楼层", "具体位置", "序列号", "状况", "电极片有效期至", "电池有效期至", "最近检查", "下次检查截止"
            };
            for (int c = 0; c < titles.length; c++) {
                ws.value(0, c, titles[c]);
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (Row row : rows) {
                var a = row.aed();
                ws.value(r, 0, a.owner());
                ws.value(r, 1, a.contactPhone());
                ws.value(r, 2, row.town());
                ws.value(r, 3, a.building());
                ws.value(r, 4, a.floor());
                ws.value(r, 5, a.location());
                ws.value(r, 6, a.serialNumber());
                ws.value(r, 7, labels.of(row.condition()));
                ws.value(r, 8, a.padExpiry().toString());
                ws.value(r, 9, a.batteryExpiry().toString());
                ws.value(
                        r,
                        10,
                        a.lastInspection() == null ? "" : a.lastInspection().toString());
                ws.value(r, 11, row.nextCheck() == null ? "" : row.nextCheck().toString());
                r++;
            }
            wb.finish();
        };
        String name = "AED到期与巡检提醒-" + today + ".xlsx";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(body);
    }

    @GetMapping("/emergency/aeds/new")
    String create(Model model) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("status", AedStatus.IN_SERVICE.name());
        fields.put("hours", "24h");
        return form(model, null, fields, Map.of());
    }

    @PostMapping("/emergency/aeds")
    String register(@RequestParam Map<String, String> fields, Model model) {
        var result = AedForm.parse(
                fields, importer.towns(), e -> labels.of(e, java.util.Locale.SIMPLIFIED_CHINESE), LocalDate.now(clock));
        if (!result.ok()) {
            return form(model, null, fields, result.errors());
        }
        try {
            long id = registry.register(result.aed());
            return "redirect:/emergency/aeds/" + id + "?saved";
        } catch (PlatformException e) {
            return form(model, null, fields, e.fieldErrors());
        }
    }

    @GetMapping("/emergency/aeds/{id}")
    String edit(@PathVariable long id, Model model) {
        var aed = registry.find(id).orElseThrow(() -> PlatformException.notFound("AED_NOT_FOUND", "未找到该AED"));
        return form(model, aed, AedForm.of(aed), Map.of());
    }

    @PostMapping("/emergency/aeds/{id}")
    String update(@PathVariable long id, @RequestParam Map<String, String> fields, Model model) {
        var aed = registry.find(id).orElseThrow(() -> PlatformException.notFound("AED_NOT_FOUND", "未找到该AED"));
        var result = AedForm.parse(
                fields, importer.towns(), e -> labels.of(e, java.util.Locale.SIMPLIFIED_CHINESE), LocalDate.now(clock));
        if (!result.ok()) {
            return form(model, aed, fields, result.errors());
        }
        try {
            registry.update(id, result.aed(), users.require());
            return "redirect:/emergency/aeds/" + id + "?saved";
        } catch (PlatformException e) {
            return form(model, aed, fields, e.fieldErrors());
        }
    }

    @PostMapping("/emergency/aeds/{id}/inspections")
    String inspect(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String inspectedOn,
            @RequestParam(defaultValue = "") String inspector,
            @RequestParam(defaultValue = "false") boolean lightOk,
            @RequestParam(defaultValue = "false") boolean padsOk,
            @RequestParam(defaultValue = "false") boolean batteryOk,
            @RequestParam(defaultValue = "false") boolean cabinetOk,
            @RequestParam(defaultValue = "") String note,
            Model model) {
        var aed = registry.find(id).orElseThrow(() -> PlatformException.notFound("AED_NOT_FOUND", "未找到该AED"));
        LocalDate day;
        try {
            day = inspectedOn == null || inspectedOn.isBlank() ? null : LocalDate.parse(inspectedOn);
        } catch (RuntimeException e) {
            day = null;
        }
        var check = new LinkedHashMap<String, String>();
        check.put("inspectedOn", inspectedOn == null ? "" : inspectedOn);
        check.put("inspector", inspector);
        check.put("note", note);
        check.put("lightOk", Boolean.toString(lightOk));
        check.put("padsOk", Boolean.toString(padsOk));
        check.put("batteryOk", Boolean.toString(batteryOk));
        check.put("cabinetOk", Boolean.toString(cabinetOk));
        if (day == null) {
            model.addAttribute("check", check);
            model.addAttribute("checkErrors", Map.of("inspectedOn", "请填写检查日期"));
            return form(model, aed, AedForm.of(aed), Map.of());
        }
        try {
            inspections.record(id, day, inspector, lightOk, padsOk, batteryOk, cabinetOk, note, users.require());
        } catch (PlatformException e) {
            model.addAttribute("check", check);
            model.addAttribute("checkErrors", e.fieldErrors());
            return form(model, aed, AedForm.of(aed), Map.of());
        }
        return "redirect:/emergency/aeds/" + id + "?inspected#inspections";
    }

    private String form(Model model, @Nullable Aed aed, Map<String, String> fields, Map<String, String> errors) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("aed", aed);
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("towns", importer.towns());
        model.addAttribute("buildingTypes", BuildingType.values());
        model.addAttribute("statuses", AedStatus.values());
        model.addAttribute("today", today);
        if (!model.containsAttribute("check")) {
            var check = new LinkedHashMap<String, String>();
            check.put("inspectedOn", today.toString());
            check.put("inspector", users.require().displayName());
            check.put("lightOk", "true");
            check.put("padsOk", "true");
            check.put("batteryOk", "true");
            check.put("cabinetOk", "true");
            check.put("note", "");
            model.addAttribute("check", check);
            model.addAttribute("checkErrors", Map.of());
        }
        if (aed != null) {
            var rules = properties.careRules();
            model.addAttribute("condition", AedCondition.of(aed, today, rules));
            model.addAttribute("nextCheck", rules.nextInspectionDue(aed.lastInspection()));
            model.addAttribute("inspections", inspections.of(aed.id()));
        }
        return "emergency/aed-form";
    }

    @GetMapping("/emergency/aeds/import")
    String importPage(Model model) {
        model.addAttribute("titles", AedForm.TITLES);
        return "emergency/aed-import";
    }

    @PostMapping("/emergency/aeds/import")
    String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        model.addAttribute("titles", AedForm.TITLES);
        model.addAttribute("fileName", file.getOriginalFilename());
        if (file.isEmpty()) {
            model.addAttribute(
                    "outcome",
                    new AedImport.Outcome(List.of(), List.of(new AedImport.RowError(0, "", "请选择要导入的 CSV 文件"))));
            return "emergency/aed-import";
        }
        String text = new String(file.getBytes(), StandardCharsets.UTF_8);
        model.addAttribute("outcome", importer.importCsv(text));
        return "emergency/aed-import";
    }

    @GetMapping("/emergency/aeds/import/template.csv")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("AED批量登记模板.csv", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
                .body(AedImport.template().getBytes(StandardCharsets.UTF_8));
    }
}
