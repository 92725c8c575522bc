package org.regionalhealth.surveillance.schoolcheck;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.Unit;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.surveillance.signals.Categories;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The school nurse's mobile page: one class in under a minute — class, enrolment, present, absent for illness, and up
 * to three groups of sick pupils by symptoms (tap the symptoms, type the number; names optional). Below, the classes
 * already entered today. Rules run on save, so a class that reaches a reporting threshold is told so at once.
 */
@Controller
@PreAuthorize("hasAnyRole('SCHOOL_NURSE','DISTRICT_ADMIN')")
class SchoolCheckPageController {

    static final int GROUPS = 3;

    private static final java.util.Map<String, String> FIELD_LABELS = java.util.Map.of(
            "grade", "年级",
            "enrolled", "应到人数",
            "present", "实到人数",
            "absentIll", "因病缺勤人数",
            "count", "有症状人数",
            "continuing", "持续缺勤人数");

    private final SchoolChecks checks;
    private final CurrentUsers users;
    private final Organizations organizations;

    private final Clock clock;

    SchoolCheckPageController(SchoolChecks checks, CurrentUsers users, Organizations organizations, Clock clock) {
        this.clock = clock;
        this.checks = checks;
        this.users = users;
        this.organizations = organizations;
    }

    @Bean
    static NavigationItem schoolCheckLink() {
        return new NavigationItem(
                "nav.schoolCheck", "/surveillance/school-check", MenuSection.SURVEILLANCE, Set.of(Role.SCHOOL_NURSE));
    }

    /** Form values echoed back after an error. */
    record Form(
            String date,
            String grade,
            String className,
            String enrolled,
            String present,
            String absentIll,
            List<String> counts,
            List<List<String>> symptoms,
            List<String> names,
            List<String> continuing) {}

    @GetMapping("/surveillance/school-check")
    String page(
            @RequestParam(required = false) @Nullable String date,
            @RequestParam(required = false) @Nullable Long saved,
            @RequestParam(required = false) @Nullable Integer signals,
            Model model) {
        LocalDate day = parse(date);
        String firstGrade = String.valueOf(stage().grades().keySet().iterator().next());
        fill(
                model,
                day,
                new Form(day.toString(), firstGrade, "", "", "", "0", blank(), emptySymptoms(), blank(), blank()));
        model.addAttribute("saved", saved);
        model.addAttribute("signals", signals == null ? 0 : signals);
        return "surveillance/school-check";
    }

    @PostMapping("/surveillance/school-check")
    String save(@RequestParam MultiValueMap<String, String> params, Model model) {
        CurrentUser user = users.require();
        Form form = form(params);
        LocalDate day = parse(form.date());
        try {
            List<ClassCheck.SickGroup> groups = new ArrayList<>();
            for (int g = 0; g < GROUPS; g++) {
                if (form.counts().get(g).isBlank() && form.symptoms().get(g).isEmpty()) {
                    continue;
                }
                List<String> names = Arrays.stream(form.names().get(g).split("[,，、\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
                int count = form.counts().get(g).isBlank()
                        ? names.size()
                        : number(form.counts().get(g), "count");
                int continuing = form.continuing().get(g).isBlank()
                        ? 0
                        : number(form.continuing().get(g), "continuing");
                groups.add(new ClassCheck.SickGroup(count, form.symptoms().get(g), names, continuing));
            }
            ClassCheck check = new ClassCheck(
                    null,
                    LocalDate.parse(form.date()),
                    number(form.grade(), "grade"),
                    form.className(),
                    number(form.enrolled(), "enrolled"),
                    number(form.present(), "present"),
                    number(form.absentIll(), "absentIll"),
                    groups);
            if (!"true".equals(params.getFirst("replace"))) {
                var before =
                        checks.recordedBy(user.unitId(), user.scope(), check.date(), check.grade(), check.className());
                if (before.isPresent()) {
                    // a second save of the same class and day replaces the first: say so and ask before doing it
                    fill(model, day, form);
                    model.addAttribute("replacing", true);
                    model.addAttribute(
                            "replacingClass",
                            SchoolStage.label(check.grade()) + check.className().trim());
                    return "surveillance/school-check";
                }
            }
            var saved = checks.save(
                    check, user.unitId(), user.scope(), user.username(), LocalDate.now(clock), Instant.now(clock));
            return "redirect:/surveillance/school-check?date=" + check.date() + "&saved=" + saved.checkId()
                    + "&signals=" + saved.signals().size();
        } catch (PlatformException e) {
            fill(model, day, form);
            model.addAttribute("error", e.getMessage());
            return "surveillance/school-check";
        } catch (DateTimeParseException e) {
            fill(model, day, form);
            model.addAttribute("error", "检查日期格式应为 yyyy-MM-dd");
            return "surveillance/school-check";
        }
    }

    private static int number(String value, String field) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw PlatformException.invalidField(
                    "not-a-number", field, "请填写整数：" + FIELD_LABELS.getOrDefault(field, "人数"));
        }
    }

    private void fill(Model model, LocalDate day, Form form) {
        CurrentUser user = users.require();
        model.addAttribute(
                "school", organizations.find(user.unitId()).map(Unit::name).orElse(""));
        model.addAttribute("form", form);
        model.addAttribute("gradeChoices", stage().grades());
        model.addAttribute("gradeLabels", SchoolStage.allLabels());
        model.addAttribute("symptomChoices", Categories.SCHOOL_SYMPTOMS);
        model.addAttribute("groups", GROUPS);
        model.addAttribute("rows", checks.list(user.scope(), day));
        model.addAttribute("day", day);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("minDay", LocalDate.now(clock).minusDays(SchoolChecks.BACKFILL_DAYS));
    }

    /** The stage of the nurse's school: which classes the form offers. */
    private SchoolStage stage() {
        return SchoolStage.of(
                organizations.find(users.require().unitId()).map(Unit::name).orElse(""));
    }

    private LocalDate parse(@Nullable String date) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            return LocalDate.now(clock);
        }
    }

    private static Form form(MultiValueMap<String, String> p) {
        List<String> counts = new ArrayList<>();
        List<List<String>> symptoms = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> continuing = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            counts.add(value(p, "count" + g));
            continuing.add(value(p, "continuing" + g));
            List<String> s = p.get("symptoms" + g);
            symptoms.add(s == null ? List.of() : List.copyOf(s));
            names.add(value(p, "names" + g));
        }
        return new Form(
                value(p, "date"),
                value(p, "grade"),
                value(p, "className"),
                value(p, "enrolled"),
                value(p, "present"),
                value(p, "absentIll"),
                counts,
                symptoms,
                names,
                continuing);
    }

    private static String value(MultiValueMap<String, String> p, String key) {
        String v = p.getFirst(key);
        return v == null ? "" : v;
    }

    private static List<String> blank() {
        List<String> out = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            out.add("");
        }
        return out;
    }

    private static List<List<String>> emptySymptoms() {
        List<List<String>> out = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            out.add(List.of());
        }
        return out;
    }
}
