package org.regionalhealth.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('DISTRICT_ADMIN')")
@Tag(name = "审计 Audit")
class AuditApiController {

    private final AuditSearch search;

    AuditApiController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/api/platform/audit")
    @Operation(summary = "Search the personal-data audit log (district administrators only)")
    List<AuditEntry> search(
            @RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable Long recordId,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "100") int limit) {
        return search.search(username, recordId, action, from, to, limit);
    }
}
