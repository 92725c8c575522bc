package org.regionalhealth.dataspace.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.dataspace.access.AccessRequests;
import org.regionalhealth.dataspace.access.DataContracts;
import org.regionalhealth.dataspace.access.Purpose;
import org.regionalhealth.dataspace.access.RequestForm;
import org.regionalhealth.dataspace.access.RequestState;
import org.regionalhealth.dataspace.catalogue.Classification;
import org.regionalhealth.dataspace.catalogue.DataCatalogue;
import org.regionalhealth.dataspace.catalogue.Delivery;
import org.regionalhealth.dataspace.release.DataReleases;
import org.regionalhealth.dataspace.release.QueryForm;
import org.regionalhealth.dataspace.release.ReleaseLog;
import org.regionalhealth.dataspace.release.UsageStatistics;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the data space: catalogue, dataset, product with the request form, requests, contract, usage. */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'DATA_STEWARD', 'DISTRICT_ADMIN')")
class DataspaceController {

    private final DataCatalogue catalogue;
    private final AccessRequests requests;
    private final DataContracts contracts;
    private final DataReleases releases;
    private final ReleaseLog releaseLog;
    private final UsageStatistics usage;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    DataspaceController(
            DataCatalogue catalogue,
            AccessRequests requests,
            DataContracts contracts,
            DataReleases releases,
            ReleaseLog releaseLog,
            UsageStatistics usage,
            CurrentUsers users,
            AuditLog audit,
            Clock clock) {
        this.catalogue = catalogue;
        this.requests = requests;
        this.contracts = contracts;
        this.releases = releases;
        this.releaseLog = releaseLog;
        this.usage = usage;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Bean
    static NavigationItem dataspaceCatalogueLink() {
        return new NavigationItem(
                "dataspace.nav.catalogue",
                "/dataspace",
                MenuSection.ADMINISTRATION,
                Set.of(Role.RESEARCHER, Role.DATA_STEWARD, Role.DISTRICT_ADMIN));
    }

    @Bean
    static NavigationItem dataspaceRequestsLink() {
        return new NavigationItem(
                "dataspace.nav.requests",
                "/dataspace/requests",
                MenuSection.ADMINISTRATION,
                Set.of(Role.RESEARCHER, Role.DATA_STEWARD, Role.DISTRICT_ADMIN));
    }

    @Bean
    static NavigationItem dataspaceUsageLink() {
        return new NavigationItem(
                "dataspace.nav.usage",
                "/dataspace/usage",
                MenuSection.ADMINISTRATION,
                Set.of(Role.DATA_STEWARD, Role.DISTRICT_ADMIN));
    }

    @GetMapping("/dataspace")
    String catalogue(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(defaultValue = "products") String view,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Classification classification = null;
        if (level != null && !level.isBlank()) {
            try {
                classification = Classification.valueOf(level);
            } catch (IllegalArgumentException e) {
                model.addAttribute("levelError", "请选择列表中的分级");
            }
        }
        boolean datasets = "datasets".equals(view);
        model.addAttribute("view", datasets ? "datasets" : "products");
        model.addAttribute("q", q);
        model.addAttribute("level", classification);
        model.addAttribute("levels", Classification.values());
        model.addAttribute("datasetCount", catalogue.datasetCount());
        model.addAttribute("productCount", catalogue.productCount());
        if (datasets) {
            model.addAttribute("datasets", catalogue.datasets(q, page, 20));
        } else {
            model.addAttribute("products", catalogue.products(q, classification, null, page, 20));
        }
        return "dataspace/catalogue";
    }

    @GetMapping("/dataspace/datasets/{id}")
    String dataset(@PathVariable long id, Model model) {
        var dataset = catalogue
                .dataset(id)
                .orElseThrow(() -> PlatformException.notFound("DATASPACE_DATASET_NOT_FOUND", "没有找到该数据集"));
        model.addAttribute("dataset", dataset);
        model.addAttribute("sample", catalogue.sample(dataset));
        model.addAttribute("products", catalogue.products(null, null, id, 0, 20));
        return "dataspace/dataset";
    }

    @GetMapping("/dataspace/products/{id}")
    String product(@PathVariable long id, Model model) {
        productModel(id, model);
        // every key the form reads must be present (SpEL refuses a missing map key), the empty ones as null
        var form = new LinkedHashMap<String, @Nullable Object>();
        var product = catalogue.product(id).orElseThrow();
        form.put("purpose", null);
        form.put("purposeDetail", null);
        form.put("recipient", null);
        form.put("ethicsApproval", null);
        form.put("fields", product.fields().stream().map(Enum::name).toList());
        LocalDate today = LocalDate.now(clock);
        form.put("periodFrom", today.minusYears(1).toString());
        form.put("periodTo", today.minusDays(1).toString());
        form.put("delivery", product.delivery() == Delivery.FILE ? "FILE" : "QUERY");
        form.put("uses", "10");
        form.put("days", "90");
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        return "dataspace/product";
    }

    private void productModel(long id, Model model) {
        var product = catalogue
                .product(id)
                .orElseThrow(() -> PlatformException.notFound("DATASPACE_PRODUCT_NOT_FOUND", "没有找到该数据产品"));
        model.addAttribute("product", product);
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("isResearcher", users.require().role() == Role.RESEARCHER);
    }

    @PostMapping("/dataspace/products/{id}/requests")
    @PreAuthorize("hasRole('RESEARCHER')")
    String submit(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String purpose,
            @RequestParam(required = false) @Nullable String purposeDetail,
            @RequestParam(required = false) @Nullable List<String> fields,
            @RequestParam(required = false) @Nullable String periodFrom,
            @RequestParam(required = false) @Nullable String periodTo,
            @RequestParam(required = false) @Nullable String recipient,
            @RequestParam(required = false) @Nullable String ethicsApproval,
            @RequestParam(required = false) @Nullable String delivery,
            @RequestParam(required = false) @Nullable String uses,
            @RequestParam(required = false) @Nullable String days,
            Model model,
            RedirectAttributes flash) {
        var parseErrors = new LinkedHashMap<String, String>();
        var form = new RequestForm(
                id,
                purpose,
                purposeDetail,
                fields,
                date(periodFrom, "periodFrom", parseErrors),
                date(periodTo, "periodTo", parseErrors),
                recipient,
                ethicsApproval,
                delivery,
                integer(uses, "uses", parseErrors),
                integer(days, "days", parseErrors));
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            if (!parseErrors.isEmpty()) {
                errors.putAll(requests.problems(form));
            } else {
                long requestId = requests.submit(form, users.require());
                flash.addFlashAttribute("message", "申请已提交，等待数据管理员审批（申请编号 " + requestId + "）");
                return "redirect:/dataspace/requests";
            }
        } catch (PlatformException e) {
            errors.putAll(e.fieldErrors());
            if (e.fieldErrors().isEmpty()) {
                model.addAttribute("error", e.getMessage());
            }
        }
        errors.putAll(parseErrors);
        productModel(id, model);
        var kept = new LinkedHashMap<String, Object>();
        kept.put("purpose", purpose);
        kept.put("purposeDetail", purposeDetail);
        kept.put("fields", fields == null ? List.of() : fields);
        kept.put("periodFrom", periodFrom);
        kept.put("periodTo", periodTo);
        kept.put("recipient", recipient);
        kept.put("ethicsApproval", ethicsApproval);
        kept.put("delivery", delivery);
        kept.put("uses", uses);
        kept.put("days", days);
        model.addAttribute("form", kept);
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            model.addAttribute("error", "申请有 " + errors.size() + " 处需要修改，请看各项下方的提示");
        }
        return "dataspace/product";
    }

    @GetMapping("/dataspace/requests")
    String requests(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = users.require();
        RequestState filter = null;
        if (state != null && !state.isBlank()) {
            try {
                filter = RequestState.valueOf(state);
            } catch (IllegalArgumentException e) {
                filter = null;
            }
        }
        model.addAttribute("state", filter);
        model.addAttribute("states", RequestState.values());
        model.addAttribute("requests", requests.list(user, filter, page, 10));
        model.addAttribute("contracts", contracts.list(user, 0, 50));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("isSteward", user.role() == Role.DATA_STEWARD);
        model.addAttribute("isResearcher", user.role() == Role.RESEARCHER);
        model.addAttribute("pending", requests.pending());
        model.addAttribute("now", Instant.now(clock));
        return "dataspace/requests";
    }

    @PostMapping("/dataspace/requests/{id}/decision")
    @PreAuthorize("hasRole('DATA_STEWARD')")
    String decide(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean approve,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes flash) {
        try {
            Long contract = requests.decide(id, approve, note, users.require());
            flash.addFlashAttribute("message", contract == null ? "已驳回申请 " + id : "已批准申请 " + id + "，生成合约 " + contract);
        } catch (PlatformException e) {
            flash.addFlashAttribute("error", e.getMessage());
            flash.addFlashAttribute("errorRequest", id);
        }
        return "redirect:/dataspace/requests";
    }

    @GetMapping("/dataspace/contracts/{id}")
    String contract(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        contractModel(id, page, model);
        return "dataspace/contract";
    }

    private void contractModel(long id, int page, Model model) {
        var user = users.require();
        var contract = contracts.get(id, user);
        model.addAttribute("contract", contract);
        model.addAttribute("contractState", contract.stateAt(Instant.now(clock)));
        model.addAttribute("dimensions", DataReleases.dimensionsOf(contract));
        model.addAttribute("measures", DataReleases.measuresOf(contract));
        model.addAttribute("releases", releaseLog.ofContract(id, page, 10));
        model.addAttribute("isHolder", contract.holder().equals(user.username()));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("isSteward", user.role() == Role.DATA_STEWARD);
        if (!model.containsAttribute("chosen")) {
            model.addAttribute("chosen", List.of());
        }
    }

    @PostMapping("/dataspace/contracts/{id}/query")
    @PreAuthorize("hasRole('RESEARCHER')")
    String query(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable List<String> dimensions,
            @RequestParam(required = false) @Nullable String measure,
            @RequestParam(defaultValue = "false") boolean noise,
            Model model) {
        try {
            model.addAttribute(
                    "result", releases.query(id, new QueryForm(dimensions, measure, noise), users.require()));
        } catch (PlatformException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("queryErrors", e.fieldErrors());
        }
        model.addAttribute("chosen", dimensions == null ? List.of() : dimensions);
        model.addAttribute("chosenMeasure", measure);
        model.addAttribute("chosenNoise", noise);
        contractModel(id, 0, model);
        return "dataspace/contract";
    }

    @PostMapping("/dataspace/contracts/{id}/release")
    @PreAuthorize("hasRole('RESEARCHER')")
    String release(@PathVariable long id, HttpServletResponse response, RedirectAttributes flash) throws IOException {
        try {
            var file = releases.file(id, users.require());
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(
                    "Content-Disposition",
                    "attachment; filename*=UTF-8''"
                            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8)
                                    .replace("+", "%20"));
            response.getOutputStream().write(file.csv());
            return null;
        } catch (PlatformException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/dataspace/contracts/" + id;
        }
    }

    @PostMapping("/dataspace/contracts/{id}/revoke")
    @PreAuthorize("hasRole('DATA_STEWARD')")
    String revoke(
            @PathVariable long id, @RequestParam(required = false) @Nullable String reason, RedirectAttributes flash) {
        try {
            contracts.revoke(id, reason, users.require());
            flash.addFlashAttribute("message", "合约已撤销，之后的任何访问都将被拒绝");
        } catch (PlatformException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/dataspace/contracts/" + id;
    }

    @GetMapping("/dataspace/usage")
    @PreAuthorize("hasAnyRole('DATA_STEWARD', 'DISTRICT_ADMIN')")
    String usage(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("usage", usage.perProduct(page, 20));
        model.addAttribute("totals", usage.totals());
        return "dataspace/usage";
    }

    @GetMapping("/dataspace/usage.xlsx")
    @PreAuthorize("hasAnyRole('DATA_STEWARD', 'DISTRICT_ADMIN')")
    void usageExcel(HttpServletResponse response) throws IOException {
        var rows = usage.perProduct(0, 200).items();
        audit.record(AuditLog.Action.EXPORT, "dataspace_usage", List.of(), "data-space usage statistics excel");
        String file = URLEncoder.encode("可信数据空间-数据产品使用统计-" + LocalDate.now(clock) + ".xlsx", StandardCharsets.UTF_8);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + file);
        try (var workbook = new Workbook(response.getOutputStream(), "RegionalHealthPlatform", "1.0")) {
            var sheet = workbook.newWorksheet("数据产品使用统计");
            var header = List.of("产品编号", "数据产品", "数据集", "申请数", "批准数", "合约数", "查询次数", "文件发布次数", "发布记录行数", "拒绝发布次数");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            int r = 1;
            for (var row : rows) {
                sheet.value(r, 0, row.code());
                sheet.value(r, 1, row.name());
                sheet.value(r, 2, row.datasetName());
                sheet.value(r, 3, row.requests());
                sheet.value(r, 4, row.approved());
                sheet.value(r, 5, row.contracts());
                sheet.value(r, 6, row.queries());
                sheet.value(r, 7, row.files());
                sheet.value(r, 8, row.rowsReleased());
                sheet.value(r, 9, row.refused());
                r++;
            }
        }
    }

    private static @Nullable LocalDate date(@Nullable String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "日期格式应为 年-月-日，例如 2025-01-31");
            return null;
        }
    }

    private static @Nullable Integer integer(@Nullable String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "请填写整数");
            return null;
        }
    }
}
