package org.regionalhealth.populationscreening.childhealth;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.populationscreening.ChildCheck;
import org.regionalhealth.populationscreening.ChildHealthChecks;
import org.regionalhealth.populationscreening.NewChildCheck;
import org.regionalhealth.populationscreening.rules.ChildHealthSchedule;
import org.regionalhealth.populationscreening.rules.ChildHealthSchedule.Status;
import org.regionalhealth.populationscreening.web.ScreeningLabels;
import org.regionalhealth.residents.ResidentIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The family doctor's 0–6 health checks (0～6岁儿童健康检查): the worklist of children due or overdue, one child's
 * schedule with every check's window and status, and the form for the open check. Errors on their fields, all at once,
 * input kept.
 */
@Controller
@PreAuthorize("hasAnyRole('STATION_DOCTOR', 'DISTRICT_ADMIN', 'CDC_OFFICER')")
class ChildHealthController {

    private final ChildHealthChecks checks;
    private final ResidentIndex residents;
    private final ScreeningLabels screeningLabels;
    private final CurrentUsers users;
    private final Clock clock;

    ChildHealthController(
            ChildHealthChecks checks,
            ResidentIndex residents,
            ScreeningLabels screeningLabels,
            CurrentUsers users,
            Clock clock) {
        this.checks = checks;
        this.residents = residents;
        this.screeningLabels = screeningLabels;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem childHealthLink() {
        return new NavigationItem(
                "populationscreening.nav.child",
                "/populationscreening/child-health",
                MenuSection.PUBLIC_HEALTH,
                Set.of(Role.STATION_DOCTOR, Role.DISTRICT_ADMIN, Role.CDC_OFFICER));
    }

    /** A worklist row for the page: the name under the reader's disclosure and the child's age. */
    record Row(org.regionalhealth.populationscreening.ChildDue d, String name, String age) {}

    /** One check of the child's schedule. */
    record Line(
            ChildHealthSchedule.Visit visit, LocalDate from, LocalDate to, Status status, @Nullable ChildCheck check) {}

    /** What the form shows again after an error. */
    record Input(Map<String, String> values) {

        static final Input EMPTY = new Input(Map.of());

        public @Nullable String get(String key) {
            return values.get(key);
        }
    }

    @GetMapping("/populationscreening/child-health")
    String worklist(
            @RequestParam(defaultValue = "DUE") ChildHealthChecks.View view,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = users.require();
        var today = LocalDate.now(clock);
        var list = checks.worklist(view, user, page, 20);
        model.addAttribute("view", view);
        model.addAttribute("views", ChildHealthChecks.View.values());
        model.addAttribute("list", list);
        model.addAttribute("result", list.page());
        model.addAttribute(
                "rows",
                list.page().items().stream()
                        .map(d -> new Row(d, screeningLabels.name(d.name(), user), age(d.birthDate(), today)))
                        .toList());
        model.addAttribute("source", ChildHealthSchedule.SOURCE);
        return "populationscreening/child-health";
    }

    @GetMapping("/populationscreening/child-health/{residentId}")
    String child(@PathVariable long residentId, Model model) {
        return fill(model, residentId, Input.EMPTY, Map.of(), null);
    }

    @PostMapping("/populationscreening/child-health/{residentId}")
    @PreAuthorize("hasAnyRole('STATION_DOCTOR', 'DISTRICT_ADMIN')")
    String record(@PathVariable long residentId, @RequestParam MultiValueMap<String, String> form, Model model) {
        var values = new LinkedHashMap<String, String>();
        for (String key :
                List.of("visit", "checkedOn", "weightKg", "lengthCm", "headCm", "hb", "development", "note")) {
            var v = form.getFirst(key);
            if (v != null) {
                values.put(key, v);
            }
        }
        var input = new Input(values);
        var typing = new LinkedHashMap<String, String>();
        var check = new NewChildCheck(
                values.get("visit"),
                date(values.get("checkedOn"), typing),
                number(values.get("weightKg"), "weightKg", typing),
                number(values.get("lengthCm"), "lengthCm", typing),
                number(values.get("headCm"), "headCm", typing),
                integer(values.get("hb"), typing),
                "NORMAL".equals(values.get("development"))
                        ? Boolean.TRUE
                        : "ABNORMAL".equals(values.get("development")) ? Boolean.FALSE : null,
                values.get("note"));
        try {
            if (!typing.isEmpty()) {
                throw new PlatformException(
                        HttpStatus.BAD_REQUEST, "POPULATIONSCREENING_INVALID", "检查记录有误，请按提示修改", typing);
            }
            checks.record(residentId, check, users.require());
            return "redirect:/populationscreening/child-health/" + residentId + "?saved=" + check.visit();
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            var errors = new LinkedHashMap<>(e.fieldErrors());
            errors.putAll(typing);
            return fill(model, residentId, input, errors, e.getMessage());
        }
    }

    private static @Nullable LocalDate date(@Nullable String text, Map<String, String> typing) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            typing.put("checkedOn", "日期格式不正确");
            return null;
        }
    }

    private static @Nullable BigDecimal number(@Nullable String text, String field, Map<String, String> typing) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            typing.put(field, "请填写数字");
            return null;
        }
    }

    private static @Nullable Integer integer(@Nullable String text, Map<String, String> typing) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            typing.put("hb", "请填写整数");
            return null;
        }
    }

    private String age(LocalDate birth, LocalDate today) {
        var p = Period.between(birth, today);
        if (p.getYears() >= 3) {
            return screeningLabels.message("populationscreening.child.ageYears", p.getYears());
        }
        long months = p.toTotalMonths();
        return months >= 1
                ? screeningLabels.message("populationscreening.child.ageMonths", months)
                : screeningLabels.message(
                        "populationscreening.child.ageDays", java.time.temporal.ChronoUnit.DAYS.between(birth, today));
    }

    private String fill(Model model, long residentId, Input input, Map<String, String> errors, @Nullable String error) {
        var user = users.require();
        var today = LocalDate.now(clock);
        var child = residents
                .find(residentId, user, "儿童健康检查")
                .orElseThrow(() -> PlatformException.notFound("POPULATIONSCREENING_NOT_FOUND", "未找到该儿童或不在您的管理范围"));
        if (!child.birthDate().isAfter(today.minusMonths(ChildHealthSchedule.END_MONTHS))) {
            throw PlatformException.notFound("POPULATIONSCREENING_NOT_FOUND", "该居民已满7岁，不在0～6岁儿童健康管理范围");
        }
        Map<String, ChildCheck> done = checks.checks(residentId, user).stream()
                .collect(Collectors.toMap(ChildCheck::visit, Function.identity()));
        var lines = ChildHealthSchedule.VISITS.stream()
                .map(v -> new Line(
                        v,
                        v.from(child.birthDate()),
                        v.to(child.birthDate()),
                        ChildHealthSchedule.status(v, child.birthDate(), today, done.containsKey(v.code())),
                        done.get(v.code())))
                .toList();
        var open = lines.stream()
                .filter(l -> l.status() == Status.DUE || l.status() == Status.OVERDUE)
                .findFirst()
                .orElse(null);
        model.addAttribute("child", child);
        model.addAttribute("name", screeningLabels.name(child.name(), user));
        model.addAttribute("age", age(child.birthDate(), today));
        model.addAttribute("lines", lines);
        model.addAttribute("open", open);
        model.addAttribute(
                "openTitle",
                open == null
                        ? null
                        : screeningLabels.message(
                                "populationscreening.child.formTitle",
                                screeningLabels.message("populationscreening.child.visit."
                                        + open.visit().code())));
        model.addAttribute(
                "openContent",
                open == null
                        ? null
                        : screeningLabels.message(
                                "populationscreening.child.content",
                                screeningLabels.message("populationscreening.child.content."
                                        + open.visit().code())));
        model.addAttribute("mayRecord", user.role() == Role.STATION_DOCTOR || user.role() == Role.DISTRICT_ADMIN);
        model.addAttribute("today", today);
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
        model.addAttribute("source", ChildHealthSchedule.SOURCE);
        return "populationscreening/child-health-child";
    }
}
