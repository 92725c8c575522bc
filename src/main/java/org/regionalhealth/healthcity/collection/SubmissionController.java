package org.regionalhealth.healthcity.collection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.healthcity.Collection;
import org.regionalhealth.healthcity.EvidenceFile;
import org.regionalhealth.healthcity.IndicatorCatalogue;
import org.regionalhealth.healthcity.NewSubmission;
import org.regionalhealth.healthcity.ReportingStatus;
import org.regionalhealth.healthcity.SubmissionDesk;
import org.regionalhealth.healthcity.SubmissionState;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Department forms: the year's reporting status (late and missing listed), the form with evidence upload, a
 * submission with its two approvals.
 */
@Controller
@PreAuthorize("hasAnyRole('DISTRICT_ADMIN', 'DEPARTMENT_OFFICER')")
class SubmissionController {

    private final SubmissionDesk desk;
    private final IndicatorCatalogue catalogue;
    private final Organizations organizations;
    private final CurrentUsers users;
    private final java.time.Clock clock;

    SubmissionController(
            SubmissionDesk desk,
            IndicatorCatalogue catalogue,
            Organizations organizations,
            CurrentUsers users,
            java.time.Clock clock) {
        this.desk = desk;
        this.catalogue = catalogue;
        this.organizations = organizations;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem healthCitySubmissionsLink() {
        return new NavigationItem(
                "healthcity.nav.submissions",
                "/healthcity/submissions",
                MenuSection.INDICATORS,
                Set.of(Role.DISTRICT_ADMIN, Role.DEPARTMENT_OFFICER));
    }

    @GetMapping("/healthcity/submissions")
    String list(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable SubmissionState state,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = users.require();
        int thisYear = LocalDate.now(clock).getYear();
        int shown = year == null ? thisYear : year;
        var status = desk.status(shown, user);
        model.addAttribute("year", shown);
        model.addAttribute("years", List.of(thisYear, thisYear - 1, thisYear - 2, thisYear - 3, thisYear - 4));
        model.addAttribute("state", state);
        model.addAttribute("states", SubmissionState.values());
        model.addAttribute("result", desk.search(shown, state, user, page, 20));
        model.addAttribute("status", status);
        model.addAttribute(
                "overdue",
                status.stream()
                        .filter(s -> s.timeliness() == ReportingStatus.Timeliness.MISSING
                                || s.timeliness() == ReportingStatus.Timeliness.LATE)
                        .toList());
        model.addAttribute("waiting", desk.waitingFor(user));
        model.addAttribute("department", desk.departmentOf(user.username()).orElse(null));
        model.addAttribute("officer", user.role() == Role.DEPARTMENT_OFFICER);
        var names = new java.util.HashMap<String, String>();
        catalogue.current().forEach(i -> names.put(i.code(), i.name()));
        model.addAttribute("names", names);
        return "healthcity/submissions";
    }

    @GetMapping("/healthcity/submissions/new")
    @PreAuthorize("hasRole('DEPARTMENT_OFFICER')")
    String form(@RequestParam String code, @RequestParam int year, Model model) {
        fillForm(model, code, year, Map.of(), "", Map.of(), null);
        return "healthcity/submit";
    }

    private void fillForm(
            Model model,
            String code,
            int year,
            Map<String, String> values,
            String note,
            Map<String, String> errors,
            @Nullable String message) {
        var indicator = catalogue
                .current(code)
                .filter(i -> i.collection() == Collection.FORM)
                .orElseThrow(() -> PlatformException.notFound("HEALTHCITY_INDICATOR_NOT_FOUND", "指标不存在或无需填报"));
        model.addAttribute("indicator", indicator);
        model.addAttribute("year", year);
        model.addAttribute("towns", organizations.towns());
        model.addAttribute("values", values);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        model.addAttribute("message", message);
    }

    @PostMapping("/healthcity/submissions")
    @PreAuthorize("hasRole('DEPARTMENT_OFFICER')")
    String submit(
            @RequestParam String code,
            @RequestParam int year,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "evidence", required = false) @Nullable List<MultipartFile> evidence,
            Model model)
            throws IOException {
        var values = new LinkedHashMap<String, String>();
        params.forEach((k, v) -> {
            if (k.startsWith("v_")) {
                values.put(k.substring(2), v);
            }
        });
        String note = params.getOrDefault("note", "");
        var files = new ArrayList<EvidenceFile>();
        if (evidence != null) {
            for (var f : evidence) {
                if (f.isEmpty()
                        && (f.getOriginalFilename() == null
                                || f.getOriginalFilename().isBlank())) {
                    continue;
                }
                files.add(new EvidenceFile(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
            }
        }
        try {
            var s = desk.submit(new NewSubmission(code, year, values, note), files, users.require());
            return "redirect:/healthcity/submissions/" + s.id() + "?submitted";
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            fillForm(model, code, year, values, note, e.fieldErrors(), e.getMessage());
            return "healthcity/submit";
        }
    }

    @GetMapping("/healthcity/submissions/{id}")
    String submission(@PathVariable long id, Model model) {
        var user = users.require();
        var s = desk.find(id, user)
                .orElseThrow(() -> PlatformException.notFound("HEALTHCITY_SUBMISSION_NOT_FOUND", "填报不存在或不属于您的部门"));
        model.addAttribute("s", s);
        model.addAttribute("indicator", catalogue.version(s.indicatorId()).orElseThrow());
        model.addAttribute("towns", organizations.towns());
        model.addAttribute("canReview", canReview(s, user));
        return "healthcity/submission";
    }

    /** Whether the user is the one who approves the submission's next level (the page shows the buttons then). */
    private boolean canReview(org.regionalhealth.healthcity.Submission s, CurrentUser user) {
        return switch (s.state()) {
            case SUBMITTED ->
                user.role() == Role.DEPARTMENT_OFFICER
                        && !user.username().equals(s.submittedBy())
                        && desk.departmentOf(user.username())
                                .filter(d -> d == s.department())
                                .isPresent();
            case DEPARTMENT_APPROVED ->
                user.role() == Role.DISTRICT_ADMIN
                        && !user.username().equals(s.submittedBy())
                        && !user.username().equals(s.firstBy());
            default -> false;
        };
    }

    @PostMapping("/healthcity/submissions/{id}/approve")
    String approve(@PathVariable long id) {
        var s = desk.approve(id, users.require());
        return "redirect:/healthcity/submissions/" + id + "?approved="
                + s.state().name();
    }

    @PostMapping("/healthcity/submissions/{id}/return")
    String giveBack(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model) {
        try {
            desk.returnToDepartment(id, reason, users.require());
            return "redirect:/healthcity/submissions/" + id + "?returned";
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            submission(id, model);
            model.addAttribute("reasonError", e.getMessage());
            model.addAttribute("reason", reason);
            return "healthcity/submission";
        }
    }

    @GetMapping("/healthcity/evidence/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        var file = desk.evidence(id, users.require())
                .orElseThrow(() -> PlatformException.notFound("HEALTHCITY_EVIDENCE_NOT_FOUND", "佐证材料不存在"));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }
}
