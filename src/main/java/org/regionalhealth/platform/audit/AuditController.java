package org.regionalhealth.platform.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The district administrator's audit-log search page. */
@Controller
@PreAuthorize("hasRole('DISTRICT_ADMIN')")
class AuditController {

    private final AuditSearch search;

    AuditController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/audit")
    String page(
            @RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable Long recordId,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Model model) {
        model.addAttribute("entries", search.search(username, recordId, action, from, to, 200));
        return "platform/audit";
    }
}
