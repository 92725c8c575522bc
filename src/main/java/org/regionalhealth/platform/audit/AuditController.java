package org.regionalhealth.platform.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.AuditLog;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The district administrator's audit-log search page: search by user or purpose, record, action and dates, paged on
 * the server, exported to Excel; actions, channels and record kinds in words (issue 16).
 */
@Controller
@PreAuthorize("hasRole('DISTRICT_ADMIN')")
class AuditController {

    /** Rows an export holds at most: a month of a busy district fits, a runaway query does not. */
    static final int EXPORT_LIMIT = 50_000;

    private final AuditSearch search;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    AuditController(AuditSearch search, AuditLog audit, MessageSource messages, Clock clock) {
        this.search = search;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String page(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String recordId,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String username,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var errors = new LinkedHashMap<String, String>();
        var filter = filter(q, recordId, action, from, to, username, errors);
        model.addAttribute("errors", errors);
        model.addAttribute("actions", List.of(AuditLog.Action.values()));
        model.addAttribute("names", new Names(messages));
        model.addAttribute("result", search.page(filter, page, 50));
        return "platform/audit";
    }

    @GetMapping("/audit/export")
    void export(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String recordId,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String username,
            HttpServletResponse response)
            throws IOException {
        var filter = filter(q, recordId, action, from, to, username, new LinkedHashMap<>());
        var entries = search.all(filter, EXPORT_LIMIT);
        var names = new Names(messages);
        String file = URLEncoder.encode("审计日志-" + LocalDate.now(clock) + ".xlsx", StandardCharsets.UTF_8);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + file);
        try (var workbook = new Workbook(response.getOutputStream(), "RegionalHealthPlatform", "1.0")) {
            var sheet = workbook.newWorksheet("审计日志");
            var header = List.of("时间", "用户", "角色", "渠道", "操作", "记录类型", "记录编号", "用途", "IP");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            int r = 1;
            for (var e : entries) {
                sheet.value(
                        r,
                        0,
                        e.at().atZoneSameInstant(clock.getZone())
                                .toLocalDateTime()
                                .toString());
                sheet.value(r, 1, e.username());
                sheet.value(r, 2, names.role(e.role()));
                sheet.value(r, 3, names.channel(e.channel()));
                sheet.value(r, 4, names.action(e.action()));
                sheet.value(r, 5, names.recordType(e.recordType()));
                sheet.value(
                        r,
                        6,
                        String.join(
                                ",", e.recordIds().stream().map(String::valueOf).toList()));
                sheet.value(r, 7, e.purpose());
                sheet.value(r, 8, e.clientIp());
                r++;
            }
        }
        audit.record(
                AuditLog.Action.EXPORT,
                "audit_event",
                entries.stream().map(AuditEntry::id).toList(),
                "审计日志导出");
    }

    private static AuditSearch.Filter filter(
            @Nullable String q,
            @Nullable String recordId,
            @Nullable String action,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String username,
            Map<String, String> errors) {
        Long record = null;
        if (recordId != null && !recordId.isBlank()) {
            try {
                record = Long.parseLong(recordId.strip());
            } catch (NumberFormatException e) {
                errors.put("recordId", "记录编号只能是数字");
            }
        }
        String knownAction = null;
        if (action != null && !action.isBlank()) {
            try {
                knownAction = AuditLog.Action.valueOf(action.strip()).name();
            } catch (IllegalArgumentException e) {
                errors.put("action", "请选择列表中的操作");
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", "截止日期不能早于起始日期");
            to = null;
        }
        return new AuditSearch.Filter(username, q, record, knownAction, from, to);
    }

    /** Words for the stored codes; an unknown code shows as it is stored. */
    static final class Names {

        private final MessageSource messages;

        Names(MessageSource messages) {
            this.messages = messages;
        }

        public String action(String code) {
            return word("audit.action." + code, code);
        }

        public String channel(String code) {
            return word("audit.channel." + code, code);
        }

        public String role(String code) {
            return word("role." + code, code);
        }

        public String recordType(String code) {
            return word("audit.type." + code, word("audit.type.other", code));
        }

        private String word(String key, String fallback) {
            return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
        }
    }
}
