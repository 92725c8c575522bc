package org.regionalhealth.populationscreening.participants;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.populationscreening.ColorectalRisk;
import org.regionalhealth.populationscreening.FirstStage;
import org.regionalhealth.populationscreening.FollowUp;
import org.regionalhealth.populationscreening.FollowUpOutcome;
import org.regionalhealth.populationscreening.Participant;
import org.regionalhealth.populationscreening.PopulationScreeningProperties;
import org.regionalhealth.populationscreening.Programme;
import org.regionalhealth.populationscreening.ScreeningProgrammes;
import org.regionalhealth.populationscreening.rules.AutismWarningSigns;
import org.regionalhealth.populationscreening.rules.CopdRule;
import org.regionalhealth.populationscreening.rules.SpineRule;
import org.regionalhealth.populationscreening.web.ScreeningLabels;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One resident in a programme (筛查对象): the first stage (colorectal questionnaire and the two FITs, or the warning
 * signs of the child's age), the diagnostic step after a positive one, refusal, and the history. Errors are shown
 * on their fields, all at once, with the input kept.
 */
@Controller
@PreAuthorize("hasAnyRole('STATION_DOCTOR', 'DISTRICT_ADMIN', 'CDC_OFFICER')")
class ScreeningParticipantController {

    private final ScreeningProgrammes programmes;
    private final ScreeningLabels screeningLabels;
    private final PopulationScreeningProperties properties;
    private final CurrentUsers users;
    private final Clock clock;

    ScreeningParticipantController(
            ScreeningProgrammes programmes,
            ScreeningLabels screeningLabels,
            PopulationScreeningProperties properties,
            CurrentUsers users,
            Clock clock) {
        this.programmes = programmes;
        this.screeningLabels = screeningLabels;
        this.properties = properties;
        this.users = users;
        this.clock = clock;
    }

    /** What the forms show again after an error. */
    record Input(
            @Nullable String screenedOn,
            Set<String> findings,
            @Nullable String fit1,
            @Nullable String fit2,
            @Nullable String on,
            @Nullable String outcome,
            @Nullable String note,
            Map<String, String> measures) {

        static final Input EMPTY = new Input(null, Set.of(), null, null, null, null, null, Map.of());

        /** The measured value as typed, for the form. */
        public @Nullable String measure(String key) {
            return measures.get(key);
        }
    }

    /** Keys of measured values a first-stage form may send. */
    static final List<String> MEASURES =
            List.of("ATR_THORACIC", "ATR_THORACOLUMBAR", "ATR_LUMBAR", "PACK_YEARS", "BMI");

    /** Typed measured values as numbers; a value that is not a number is a field error. */
    static Map<String, java.math.BigDecimal> measures(Map<String, String> typed) {
        var values = new java.util.LinkedHashMap<String, java.math.BigDecimal>();
        var errors = new java.util.LinkedHashMap<String, String>();
        typed.forEach((key, text) -> {
            if (text != null && !text.isBlank()) {
                try {
                    values.put(key, new java.math.BigDecimal(text.strip()));
                } catch (NumberFormatException e) {
                    errors.put(key, "请填写数字");
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new PlatformException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "POPULATIONSCREENING_INVALID",
                    "筛查结果有误，请按提示修改",
                    errors);
        }
        return values;
    }

    static Map<String, String> typed(MultiValueMap<String, String> form) {
        var typed = new java.util.LinkedHashMap<String, String>();
        for (String key : MEASURES) {
            var value = form.getFirst(key);
            if (value != null) {
                typed.put(key, value);
            }
        }
        return typed;
    }

    /** A transition with its time in the district's zone. */
    record Step(org.regionalhealth.populationscreening.Transition t, java.time.LocalDateTime at) {}

    @GetMapping("/populationscreening/participants/{id}")
    String show(@PathVariable long id, Model model) {
        return fill(model, id, Input.EMPTY, Map.of(), null);
    }

    @PostMapping("/populationscreening/participants/{id}/first-stage")
    @PreAuthorize("hasAnyRole('STATION_DOCTOR', 'DISTRICT_ADMIN')")
    String firstStage(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        var findings = new LinkedHashSet<>(form.getOrDefault("findings", List.of()));
        var input = new Input(
                form.getFirst("screenedOn"),
                findings,
                form.getFirst("fit1"),
                form.getFirst("fit2"),
                null,
                null,
                null,
                typed(form));
        try {
            programmes.recordFirstStage(
                    id,
                    new FirstStage(
                            date(input.screenedOn(), "screenedOn"),
                            findings,
                            yesNo(input.fit1()),
                            yesNo(input.fit2()),
                            measures(input.measures())),
                    users.require());
            return "redirect:/populationscreening/participants/" + id;
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            return fill(model, id, input, e.fieldErrors(), e.getMessage());
        }
    }

    @PostMapping("/populationscreening/participants/{id}/follow-up")
    @PreAuthorize("hasAnyRole('STATION_DOCTOR', 'DISTRICT_ADMIN')")
    String followUp(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String on,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String note,
            Model model) {
        var input = new Input(null, Set.of(), null, null, on, outcome, note, Map.of());
        try {
            programmes.recordFollowUp(id, new FollowUp(date(on, "on"), outcome(outcome), note), users.require());
            return "redirect:/populationscreening/participants/" + id;
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            return fill(model, id, input, e.fieldErrors(), e.getMessage());
        }
    }

    @PostMapping("/populationscreening/participants/{id}/decline")
    @PreAuthorize("hasAnyRole('STATION_DOCTOR', 'DISTRICT_ADMIN')")
    String decline(@PathVariable long id, @RequestParam(required = false) @Nullable String note) {
        programmes.decline(id, note, users.require());
        return "redirect:/populationscreening/participants/" + id;
    }

    static @Nullable LocalDate date(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw PlatformException.invalidField("POPULATIONSCREENING_INVALID", field, "日期格式不正确");
        }
    }

    private static @Nullable Boolean yesNo(@Nullable String value) {
        return "POSITIVE".equals(value) ? Boolean.TRUE : "NEGATIVE".equals(value) ? Boolean.FALSE : null;
    }

    private static @Nullable FollowUpOutcome outcome(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : FollowUpOutcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String fill(Model model, long id, Input input, Map<String, String> errors, @Nullable String error) {
        var user = users.require();
        var today = LocalDate.now(clock);
        Participant p = programmes
                .find(id, user)
                .orElseThrow(() -> PlatformException.notFound("POPULATIONSCREENING_NOT_FOUND", "未找到该筛查对象或不在您的管理范围"));
        model.addAttribute("p", p);
        model.addAttribute("name", screeningLabels.name(p.name(), user));
        model.addAttribute("age", screeningLabels.age(p, today));
        model.addAttribute("round", screeningLabels.round(p));
        model.addAttribute("findingLabels", screeningLabels.findings(p));
        model.addAttribute("reasons", screeningLabels.reasons(p));
        model.addAttribute("overdue", p.overdue(today));
        model.addAttribute("daysOverdue", p.daysOverdue(today));
        model.addAttribute("today", today);
        model.addAttribute(
                "history",
                programmes.history(id, user).stream()
                        .map(t -> new Step(t, java.time.LocalDateTime.ofInstant(t.at(), clock.getZone())))
                        .toList());
        model.addAttribute("mayRecord", user.role() == Role.STATION_DOCTOR || user.role() == Role.DISTRICT_ADMIN);
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
        model.addAttribute("outcomes", FollowUpOutcome.of(p.programme()));
        if (p.programme() == Programme.COLORECTAL) {
            model.addAttribute(
                    "majorRisks",
                    java.util.Arrays.stream(ColorectalRisk.values())
                            .filter(ColorectalRisk::major)
                            .toList());
            model.addAttribute(
                    "minorRisks",
                    java.util.Arrays.stream(ColorectalRisk.values())
                            .filter(r -> !r.major())
                            .toList());
            model.addAttribute("referralDays", properties.colorectal().referralDays());
        } else if (p.programme() == Programme.AUTISM) {
            model.addAttribute("point", AutismWarningSigns.point(p.roundKey()).orElseThrow());
            model.addAttribute("referralDays", properties.autism().referralDays());
        } else if (p.programme() == Programme.SPINE) {
            model.addAttribute("signs", SpineRule.SIGNS);
            model.addAttribute("segments", SpineRule.SEGMENTS);
            model.addAttribute("referralDays", properties.spine().referralDays());
        } else {
            model.addAttribute("copdFindings", CopdRule.FINDINGS);
            model.addAttribute("referralDays", properties.copd().referralDays());
        }
        model.addAttribute("measureLabels", screeningLabels.measures(p));
        return "populationscreening/participant";
    }
}
