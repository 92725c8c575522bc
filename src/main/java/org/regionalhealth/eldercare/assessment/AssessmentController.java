package org.regionalhealth.eldercare.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.eldercare.AbilityDomain;
import org.regionalhealth.eldercare.AbilityItem;
import org.regionalhealth.eldercare.AssessmentReason;
import org.regionalhealth.eldercare.CapabilityAssessments;
import org.regionalhealth.eldercare.ElderCareProperties;
import org.regionalhealth.eldercare.NewAssessment;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.Resident;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The family doctor's capability assessment (老年人能力评估, GB/T 42195-2022): find an older resident, score the 26
 * items with the adjustment facts, and see the grade with the services it opens.
 */
@Controller
@PreAuthorize("hasAnyRole('STATION_DOCTOR', 'HOSPITAL_DOCTOR', 'DISTRICT_ADMIN')")
class AssessmentController {

    private final CapabilityAssessments assessments;
    private final ResidentIndex residents;
    private final ElderCareProperties properties;
    private final CurrentUsers users;
    private final Clock clock;

    AssessmentController(
            CapabilityAssessments assessments,
            ResidentIndex residents,
            ElderCareProperties properties,
            CurrentUsers users,
            Clock clock) {
        this.assessments = assessments;
        this.residents = residents;
        this.properties = properties;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem assessmentLink() {
        return new NavigationItem(
                "eldercare.nav.assessments",
                "/eldercare/assessments",
                MenuSection.PUBLIC_HEALTH,
                Set.of(Role.STATION_DOCTOR, Role.HOSPITAL_DOCTOR, Role.DISTRICT_ADMIN));
    }

    record Found(Resident resident, int age, boolean eligible) {}

    @GetMapping("/eldercare/assessments")
    String list(@RequestParam(required = false) @Nullable String q, Model model) {
        var user = users.require();
        var today = LocalDate.now(clock);
        List<Found> found = List.of();
        if (q != null && !q.isBlank()) {
            try {
                found = residents.search(q.strip(), user, 20, "老年人能力评估：查找居民").stream()
                        .map(r -> new Found(r, r.ageOn(today), r.ageOn(today) >= properties.minimumAge()))
                        .toList();
            } catch (PlatformException e) {
                // a query the index cannot use (one letter, a partial ID number): said on the search field
                model.addAttribute("searchError", e.getMessage());
            }
        }
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("found", found);
        model.addAttribute("latest", assessments.latest(user, 20));
        model.addAttribute("minimumAge", properties.minimumAge());
        return "eldercare/assessments";
    }

    @GetMapping("/eldercare/assessments/new")
    String form(@RequestParam long resident, Model model) {
        fill(model, resident, Map.of(), AssessmentReason.ANNUAL_CHECK, false, false, 0, Map.of());
        return "eldercare/form";
    }

    @PostMapping("/eldercare/assessments")
    String record(@RequestParam Map<String, String> params, Model model) {
        var user = users.require();
        long residentId = Long.parseLong(params.getOrDefault("resident", "0"));
        var scores = new EnumMap<AbilityItem, Integer>(AbilityItem.class);
        for (var item : AbilityItem.values()) {
            String v = params.get(item.name());
            if (v != null && v.matches("\\d{1,2}")) {
                scores.put(item, Integer.parseInt(v));
            }
        }
        AssessmentReason reason = null;
        try {
            reason = AssessmentReason.valueOf(params.getOrDefault("reason", ""));
        } catch (IllegalArgumentException e) {
            // reported on its field
        }
        boolean coma = params.containsKey("coma");
        boolean mental = params.containsKey("mentalDisorder");
        int events = params.getOrDefault("careRiskEvents", "0").matches("\\d{1,2}")
                ? Integer.parseInt(params.get("careRiskEvents"))
                : -1;
        try {
            var saved = assessments.record(new NewAssessment(residentId, reason, scores, coma, mental, events), user);
            return "redirect:/eldercare/assessments/" + saved.id();
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            fill(model, residentId, scores, reason, coma, mental, Math.max(events, 0), e.fieldErrors());
            model.addAttribute("error", e.getMessage());
            return "eldercare/form";
        }
    }

    @GetMapping("/eldercare/assessments/{id}")
    String result(@PathVariable long id, Model model) {
        var user = users.require();
        var assessment = assessments
                .find(id, user)
                .orElseThrow(() -> PlatformException.notFound("ELDERCARE_NOT_FOUND", "未找到该评估或不在您的管理范围"));
        var resident = residents
                .find(assessment.residentId(), user, "老年人能力评估结果")
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "未找到该居民或不在您的管理范围"));
        model.addAttribute("a", assessment);
        model.addAttribute("resident", resident);
        model.addAttribute("age", resident.ageOn(LocalDate.now(clock)));
        model.addAttribute("services", properties.servicesFor(assessment.grade()));
        model.addAttribute("servicesConfirmed", properties.servicesConfirmed());
        model.addAttribute("domains", AbilityDomain.values());
        model.addAttribute("items", AbilityItem.values());
        return "eldercare/result";
    }

    private void fill(
            Model model,
            long residentId,
            Map<AbilityItem, Integer> scores,
            @Nullable AssessmentReason reason,
            boolean coma,
            boolean mental,
            int events,
            Map<String, String> errors) {
        var user = users.require();
        var resident = residents
                .find(residentId, user, "老年人能力评估")
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "未找到该居民或不在您的管理范围"));
        var byDomain = new LinkedHashMap<AbilityDomain, List<AbilityItem>>();
        for (var d : AbilityDomain.values()) {
            byDomain.put(
                    d,
                    java.util.Arrays.stream(AbilityItem.values())
                            .filter(i -> i.domain() == d)
                            .toList());
        }
        model.addAttribute("resident", resident);
        model.addAttribute("age", resident.ageOn(LocalDate.now(clock)));
        model.addAttribute("byDomain", byDomain);
        model.addAttribute("scores", scores);
        model.addAttribute("reason", reason);
        model.addAttribute("reasons", AssessmentReason.values());
        model.addAttribute("coma", coma);
        model.addAttribute("mentalDisorder", mental);
        model.addAttribute("careRiskEvents", events);
        model.addAttribute("errors", errors);
    }
}
