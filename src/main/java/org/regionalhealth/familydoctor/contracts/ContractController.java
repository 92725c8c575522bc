package org.regionalhealth.familydoctor.contracts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.familydoctor.reminders.Reminders;
import org.regionalhealth.familydoctor.teams.Teams;
import org.regionalhealth.familydoctor.teams.UnitNames;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
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

/**
 * 签约 on a page: the teams in scope with their capacity, a new application, and the contract list where each
 * contract offers the next step of its life cycle (review → sign with the electronic signature record → renew
 * within the reminder window, reminder SMS → switch team / terminate). Each action swaps the list (htmx); the list
 * exports to Excel.
 */
@Controller
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN','HOSPITAL_DOCTOR','STATION_DOCTOR')")
class ContractController {

    /** Teams listed one by one above the contracts; a district or a centre with more sees the totals instead. */
    static final int TEAMS_LISTED = 20;

    static final int PAGE_SIZE = 20;

    private final Contracts contracts;
    private final ContractList list;
    private final Teams teams;
    private final ServicePackages packages;
    private final Reminders reminders;
    private final Organizations organizations;
    private final CurrentUsers users;
    private final AuditLog audit;

    private final Clock clock;

    ContractController(
            Contracts contracts,
            ContractList list,
            Teams teams,
            ServicePackages packages,
            Reminders reminders,
            Organizations organizations,
            CurrentUsers users,
            AuditLog audit,
            Clock clock) {
        this.clock = clock;
        this.contracts = contracts;
        this.list = list;
        this.teams = teams;
        this.packages = packages;
        this.reminders = reminders;
        this.organizations = organizations;
        this.users = users;
        this.audit = audit;
    }

    @Bean
    static NavigationItem contractsLink() {
        return new NavigationItem(
                "nav.familydoctor.contracts",
                "/familydoctor/contracts",
                MenuSection.PUBLIC_HEALTH,
                // teams sit at centres and stations: a hospital's scope holds no contract (issue 16)
                Set.of(Role.STATION_DOCTOR, Role.DISTRICT_ADMIN));
    }

    @GetMapping("/familydoctor/contracts")
    String page(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable Long team,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = users.require();
        var allTeams = teams.list(user.scope());
        model.addAttribute("teams", allTeams);
        model.addAttribute("teamsShown", allTeams.size() <= TEAMS_LISTED ? allTeams : List.of());
        model.addAttribute("fullTeams", allTeams.stream().filter(t -> t.full()).count());
        model.addAttribute("packages", packages.all());
        model.addAttribute("units", new UnitNames(organizations));
        fill(model, new ContractList.Query(status, team, q), page, null, null);
        return "familydoctor/contracts";
    }

    /** The form to move one contract to another team, loaded on demand (one team list per page, not per row). */
    @GetMapping("/familydoctor/contracts/{id}/switch-form")
    String switchForm(@PathVariable long id, Model model) {
        var user = users.require();
        var contract = contracts.get(id, user);
        model.addAttribute("contract", contract);
        model.addAttribute(
                "teams",
                teams.list(user.scope()).stream()
                        .filter(t -> t.id() != contract.teamId())
                        .toList());
        model.addAttribute(
                "methods", Contracts.SIGNATURE_METHODS.stream().sorted().toList());
        return "familydoctor/contracts :: switchForm";
    }

    @PostMapping("/familydoctor/contracts")
    String apply(
            @RequestParam(required = false) @Nullable Long residentId,
            @RequestParam(required = false) @Nullable Long teamId,
            @RequestParam(defaultValue = "") String packageCode,
            Model model) {
        return act(model, null, () -> {
            if (residentId == null || teamId == null) {
                throw PlatformException.invalidField("APPLICATION_INCOMPLETE", "residentId", "请填写居民编号并选择团队");
            }
            return contracts.apply(residentId, teamId, packageCode, users.require());
        });
    }

    @PostMapping("/familydoctor/contracts/{id}/review")
    String review(
            @PathVariable long id,
            @RequestParam boolean approve,
            @RequestParam(required = false) @Nullable String status,
            Model model) {
        return act(model, status, () -> contracts.review(id, approve, users.require()));
    }

    @PostMapping("/familydoctor/contracts/{id}/sign")
    String sign(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String method,
            @RequestParam(defaultValue = "") String signature,
            @RequestParam(required = false) @Nullable String status,
            Model model) {
        return act(
                model, status, () -> contracts.sign(id, method(method), signature(signature), null, users.require()));
    }

    @PostMapping("/familydoctor/contracts/{id}/renew")
    String renew(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String method,
            @RequestParam(defaultValue = "") String signature,
            @RequestParam(required = false) @Nullable String status,
            Model model) {
        return act(model, status, () -> contracts.renew(id, method(method), signature(signature), users.require()));
    }

    @PostMapping("/familydoctor/contracts/{id}/switch")
    String switchTeam(
            @PathVariable long id,
            @RequestParam long teamId,
            @RequestParam(defaultValue = "") String method,
            @RequestParam(defaultValue = "") String signature,
            @RequestParam(required = false) @Nullable String status,
            Model model) {
        return act(
                model,
                status,
                () -> contracts.switchTeam(id, teamId, method(method), signature(signature), users.require()));
    }

    @PostMapping("/familydoctor/contracts/{id}/terminate")
    String terminate(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @Nullable String status,
            Model model) {
        return act(model, status, () -> {
            if (reason.isBlank() || reason.length() > 200) {
                throw PlatformException.invalidField("REASON_REQUIRED", "reason", "请填写解约原因（200字以内）");
            }
            return contracts.terminate(id, reason.strip(), users.require());
        });
    }

    @PostMapping("/familydoctor/contracts/{id}/remind")
    String remind(@PathVariable long id, @RequestParam(required = false) @Nullable String status, Model model) {
        var user = users.require();
        return act(model, status, () -> {
            var contract = contracts.get(id, user);
            String station = organizations.find(user.unitId()).map(Unit::name).orElse("卫生服务站");
            reminders.send(contract.residentId(), Reminders.Kind.RENEWAL, station, user);
            return contract;
        });
    }

    @GetMapping("/familydoctor/contracts/export")
    void export(@RequestParam(required = false) @Nullable String status, HttpServletResponse response)
            throws IOException {
        var user = users.require();
        var lines = list.list(status, user, "familydoctor contract export");
        String file = URLEncoder.encode("家庭医生签约-" + LocalDate.now(clock) + ".xlsx", StandardCharsets.UTF_8);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + file);
        try (var workbook = new Workbook(response.getOutputStream(), "RegionalHealthPlatform", "1.0")) {
            var sheet = workbook.newWorksheet("签约");
            var header =
                    List.of("协议编号", "居民编号", "居民", "团队", "服务包", "状态", "申请日期", "开始日期", "到期日期", "签名方式", "签名摘要", "结束原因");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            int r = 1;
            for (var l : lines) {
                sheet.value(r, 0, l.id());
                sheet.value(r, 1, l.residentId());
                sheet.value(r, 2, l.residentName());
                sheet.value(r, 3, l.teamName());
                sheet.value(r, 4, l.packageName());
                sheet.value(r, 5, statusZh(l.status()));
                sheet.value(r, 6, l.appliedOn().toString());
                sheet.value(r, 7, l.startDate() == null ? "" : l.startDate().toString());
                sheet.value(r, 8, l.endDate() == null ? "" : l.endDate().toString());
                sheet.value(r, 9, l.signatureMethod() == null ? "" : l.signatureMethod());
                sheet.value(r, 10, l.signatureDigest() == null ? "" : l.signatureDigest());
                sheet.value(r, 11, l.endReason() == null ? "" : l.endReason());
                r++;
            }
        }
        audit.record(
                AuditLog.Action.EXPORT,
                "resident",
                lines.stream().map(ContractList.Line::residentId).distinct().toList(),
                "familydoctor contract export");
    }

    /** Runs an action and answers with the list fragment, the action's error shown above it. */
    private String act(Model model, @Nullable String status, Supplier<Contract> action) {
        var request = ((org.springframework.web.context.request.ServletRequestAttributes)
                        org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes())
                .getRequest();
        var query = new ContractList.Query(status, longParam(request.getParameter("team")), request.getParameter("q"));
        int page = Math.max(
                0,
                Optional.ofNullable(longParam(request.getParameter("page")))
                        .orElse(0L)
                        .intValue());
        try {
            var contract = action.get();
            fill(model, query, page, contract, null);
        } catch (PlatformException e) {
            fill(model, query, page, null, e.getMessage());
        }
        model.addAttribute("teams", teams.list(users.require().scope()));
        return "familydoctor/contracts :: contracts";
    }

    private static @Nullable Long longParam(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void fill(
            Model model, ContractList.Query query, int page, @Nullable Contract done, @Nullable String error) {
        var status = query.status();
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("team", query.teamId());
        model.addAttribute("q", query.resident() == null ? "" : query.resident());
        model.addAttribute("statuses", Contract.Status.values());
        model.addAttribute(
                "methods", Contracts.SIGNATURE_METHODS.stream().sorted().toList());
        model.addAttribute(
                "result", list.page(query, users.require(), page, PAGE_SIZE, "page /familydoctor/contracts"));
        model.addAttribute("done", done);
        model.addAttribute("error", error);
    }

    private static String method(String method) {
        if (!Contracts.SIGNATURE_METHODS.contains(method)) {
            throw PlatformException.invalidField("SIGNATURE_METHOD", "method", "请选择签名方式");
        }
        return method;
    }

    private static String signature(String signature) {
        if (signature.isBlank() || signature.length() > 10_000) {
            throw PlatformException.invalidField("SIGNATURE_REQUIRED", "signature", "缺少居民电子签名");
        }
        return signature;
    }

    static String statusZh(Contract.Status status) {
        return switch (status) {
            case APPLIED -> "待审核";
            case APPROVED -> "待签约";
            case SIGNED -> "已签约";
            case REJECTED -> "已驳回";
            case RENEWED -> "已续约";
            case SWITCHED -> "已更换团队";
            case TERMINATED -> "已解约";
            case EXPIRED -> "已到期";
        };
    }
}
