package org.regionalhealth.reviewcenter.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The supervision figures as JSON, for the district's own reporting tools; the same report as the page. */
@RestController
@RequestMapping("/api/prescription-review/supervision")
@Tag(name = "审方监管 Prescription review supervision")
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN','MC_PHARMACIST','HOSPITAL_DOCTOR','STATION_DOCTOR')")
class SupervisionApiController {

    private final SupervisionReport reports;
    private final CurrentUsers users;

    SupervisionApiController(SupervisionReport reports, CurrentUsers users) {
        this.reports = reports;
        this.users = users;
    }

    record Figures(Counts counts, Map<String, Indicator.Value> indicators) {
        static Figures of(Counts c) {
            Map<String, Indicator.Value> values = new LinkedHashMap<>();
            Indicator.HEADLINE.forEach(i -> values.put(i.code(), i.of(c)));
            return new Figures(c, values);
        }
    }

    record RowView(String key, String name, @Nullable Long unitId, @Nullable String department, Figures figures) {}

    record ReportView(
            long unitId,
            String unitName,
            @Nullable String department,
            String from,
            String to,
            Figures totals,
            List<RowView> rows,
            List<SupervisionQueries.RuleRow> rules,
            List<SupervisionQueries.PharmacistRow> pharmacists) {}

    @GetMapping
    @Operation(summary = "Supervision indicators of a unit (default: the caller's scope) over a period (D, W, M, Y)")
    ReportView report(
            @RequestParam(required = false) @Nullable Long unitId,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(defaultValue = "false") boolean departments,
            @RequestParam(required = false) @Nullable String period) {
        var r = reports.report(users.require(), unitId, department, departments, period);
        return new ReportView(
                r.unit().id(),
                r.unit().name(),
                r.department(),
                r.period().from().toString(),
                r.period().to().toString(),
                Figures.of(r.totals()),
                r.rows().stream()
                        .map(row -> new RowView(
                                row.key(), row.name(), row.unitId(), row.department(), Figures.of(row.counts())))
                        .toList(),
                r.rules(),
                r.pharmacists());
    }
}
