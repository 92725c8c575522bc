package org.regionalhealth.childcare.subsidy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.childcare.ApplicationState;
import org.regionalhealth.childcare.SubsidyApplication;
import org.regionalhealth.childcare.SubsidyLedger;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PageResult;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.Masking;
import org.regionalhealth.residents.ResidentIdNumber;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The subsidy officer's queue (育儿补贴审核): applications by state, oldest first (the 30-working-day review clock),
 * search by application number, ID number or name, the next review step or a return with a reason per row, the
 * next step for the selected rows at once, and the list as Excel.
 */
@Controller
@PreAuthorize("hasAnyRole('SUBSIDY_OFFICER', 'DISTRICT_ADMIN')")
class SubsidyQueueController {

    static final int PAGE_SIZE = 20;
    static final int EXPORT_LIMIT = 10_000;

    private final SubsidyLedger ledger;
    private final Organizations organizations;
    private final CurrentUsers users;
    private final Labels labels;
    private final AuditLog audit;
    private final Clock clock;

    SubsidyQueueController(
            SubsidyLedger ledger,
            Organizations organizations,
            CurrentUsers users,
            Labels labels,
            AuditLog audit,
            Clock clock) {
        this.ledger = ledger;
        this.organizations = organizations;
        this.users = users;
        this.labels = labels;
        this.audit = audit;
        this.clock = clock;
    }

    @Bean
    static NavigationItem subsidyQueueLink() {
        return new NavigationItem(
                "childcare.nav.queue",
                "/childcare/subsidies",
                MenuSection.PUBLIC_HEALTH,
                Set.of(Role.SUBSIDY_OFFICER, Role.DISTRICT_ADMIN));
    }

    /** A row as the reader may see it. */
    record Row(
            SubsidyApplication application,
            String child,
            String idNumber,
            String applicant,
            String town,
            String scheme,
            String submitted) {}

    @GetMapping("/childcare/subsidies")
    String queue(
            @RequestParam(required = false) @Nullable ApplicationState state,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        fill(model, state, q, page, Map.of(), Map.of());
        return "childcare/subsidies";
    }

    @PostMapping("/childcare/subsidies/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable ApplicationState state,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        try {
            var moved = ledger.approve(id, users.require());
            return back(state, q, page, "approved", moved.id());
        } catch (PlatformException e) {
            if (!"SUBSIDY_FOUR_EYES".equals(e.code())) {
                throw e;
            }
            // the refusal stands on the row, under its actions
            fill(model, state, q, page, Map.of(id, e.getMessage()), Map.of());
            return "childcare/subsidies";
        }
    }

    @PostMapping("/childcare/subsidies/{id}/return")
    String returnApplication(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @Nullable ApplicationState state,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        try {
            ledger.returnWithReason(id, reason, users.require());
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            fill(model, state, q, page, Map.of(id, e.getMessage()), Map.of(id, reason));
            return "childcare/subsidies";
        }
        return back(state, q, page, "returned", id);
    }

    @PostMapping("/childcare/subsidies/approve-selected")
    String approveSelected(
            @RequestParam(required = false) @Nullable List<Long> ids,
            @RequestParam(required = false) @Nullable ApplicationState state,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page) {
        int moved = ids == null || ids.isEmpty() ? 0 : ledger.approveAll(ids, users.require());
        return back(state, q, page, "bulk", moved);
    }

    @GetMapping("/childcare/subsidies.xlsx")
    ResponseEntity<StreamingResponseBody> excel(
            @RequestParam(required = false) @Nullable ApplicationState state,
            @RequestParam(required = false) @Nullable String q) {
        var user = users.require();
        var rows = new java.util.ArrayList<Row>();
        for (int page = 0; rows.size() < EXPORT_LIMIT; page++) {
            var result = ledger.queue(state, q, user, page, 200);
            result.items().forEach(a -> rows.add(row(a, user)));
            if (result.items().size() < 200) {
                break;
            }
        }
        audit.record(
                AuditLog.Action.EXPORT,
                "childcare_subsidy_application",
                rows.stream().map(r -> r.application().id()).toList(),
                "育儿补贴申请导出Excel");
        String name =
                "育儿补贴申请-" + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".xlsx";
        StreamingResponseBody body = out -> {
            Workbook wb = new Workbook(out, "RegionalHealthPlatform", "1.0");
            var ws = wb.newWorksheet("育儿补贴申请");
            String[] titles = {"申请编号", "补贴项目", "年度", "孩子", "身份证号", "户籍镇街", "申请人", "应补贴月数", "金额（元）", "状态", "提交时间", "退回原因"
            };
            for (int c = 0; c < titles.length; c++) {
                ws.value(0, c, titles[c]);
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (var row : rows) {
                var a = row.application();
                ws.value(r, 0, a.id());
                ws.value(r, 1, row.scheme());
                ws.value(r, 2, a.period());
                ws.value(r, 3, row.child());
                ws.value(r, 4, row.idNumber());
                ws.value(r, 5, row.town());
                ws.value(r, 6, row.applicant());
                ws.value(r, 7, a.months());
                ws.value(r, 8, a.amount());
                ws.value(r, 9, labels.of(a.state()));
                ws.value(r, 10, row.submitted());
                ws.value(r, 11, a.returnReason() == null ? "" : a.returnReason());
                r++;
            }
            wb.finish();
        };
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

    private void fill(
            Model model,
            @Nullable ApplicationState state,
            @Nullable String q,
            int page,
            Map<Long, String> returnErrors,
            Map<Long, String> reasons) {
        var user = users.require();
        PageResult<SubsidyApplication> result = ledger.queue(state, q, user, page, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute(
                "rows", result.items().stream().map(a -> row(a, user)).toList());
        model.addAttribute("state", state);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("page", result.page());
        model.addAttribute("states", ApplicationState.values());
        model.addAttribute("counts", ledger.countByState(user));
        model.addAttribute("returnErrors", new HashMap<>(returnErrors));
        model.addAttribute("reasons", new HashMap<>(reasons));
    }

    private Row row(SubsidyApplication a, CurrentUser user) {
        var disclosure = user.disclosure();
        String id = disclosure.fullIdentifiers() ? a.childIdNumber() : new ResidentIdNumber(a.childIdNumber()).masked();
        String child = disclosure.fullName() ? a.childName() : Masking.name(a.childName());
        String applicant = disclosure.fullName() ? a.applicantName() : Masking.name(a.applicantName());
        String town = a.hukouTown().equals("OTHER")
                ? "非本区户籍"
                : organizations.division(a.hukouTown()).map(d -> d.name()).orElse(a.hukouTown());
        String submitted = LocalDateTime.ofInstant(a.submittedAt(), clock.getZone())
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        return new Row(a, child, id, applicant, town, schemeName(a.scheme()), submitted);
    }

    private String schemeName(String scheme) {
        return ledger.rules().stream()
                .filter(r -> r.scheme().equals(scheme))
                .map(r -> r.name())
                .findFirst()
                .orElse(scheme);
    }

    private static String back(
            @Nullable ApplicationState state, @Nullable String q, int page, String done, long value) {
        var uri = UriComponentsBuilder.fromPath("/childcare/subsidies");
        if (state != null) {
            uri.queryParam("state", state.name());
        }
        if (q != null && !q.isBlank()) {
            uri.queryParam("q", q);
        }
        if (page > 0) {
            uri.queryParam("page", page);
        }
        uri.queryParam(done, value);
        return "redirect:" + uri.encode().build().toUriString();
    }
}
