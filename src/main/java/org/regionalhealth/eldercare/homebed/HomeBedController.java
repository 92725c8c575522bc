package org.regionalhealth.eldercare.homebed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.eldercare.DischargeReason;
import org.regionalhealth.eldercare.HomeBed;
import org.regionalhealth.eldercare.HomeBeds;
import org.regionalhealth.eldercare.NewHomeBed;
import org.regionalhealth.eldercare.VisitKind;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PageResult;
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

/** The family doctor's home-bed worklist (visits due and overdue), admission, visit log and discharge. */
@Controller
@PreAuthorize("hasAnyRole('STATION_DOCTOR', 'HOSPITAL_DOCTOR', 'DISTRICT_ADMIN')")
class HomeBedController {

    private final HomeBeds beds;
    private final ResidentIndex residents;
    private final CurrentUsers users;
    private final Clock clock;

    HomeBedController(HomeBeds beds, ResidentIndex residents, CurrentUsers users, Clock clock) {
        this.beds = beds;
        this.residents = residents;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem homeBedLink() {
        return new NavigationItem(
                "eldercare.nav.homeBeds",
                "/eldercare/home-beds",
                MenuSection.CLINICAL,
                Set.of(Role.STATION_DOCTOR, Role.HOSPITAL_DOCTOR, Role.DISTRICT_ADMIN));
    }

    /** A bed on a list with its resident. */
    record Row(HomeBed bed, @Nullable Resident resident, int age) {}

    @GetMapping("/eldercare/home-beds")
    String worklist(
            @RequestParam(defaultValue = "due") String tab, @RequestParam(defaultValue = "0") int page, Model model) {
        var user = users.require();
        var today = LocalDate.now(clock);
        PageResult<HomeBed> result =
                switch (tab) {
                    case "open" -> beds.worklist(false, user, page, 20);
                    case "closed" -> beds.discharged(user, page, 20);
                    default -> beds.worklist(true, user, page, 20);
                };
        model.addAttribute(
                "tab",
                switch (tab) {
                    case "open", "closed" -> tab;
                    default -> "due";
                });
        model.addAttribute("result", result);
        model.addAttribute("rows", rows(result.items(), user, today));
        model.addAttribute("figures", beds.figures(user));
        model.addAttribute("rule", beds.rule());
        model.addAttribute("today", today);
        return "eldercare/home-beds";
    }

    List<Row> rows(List<HomeBed> list, CurrentUser user, LocalDate today) {
        Map<Long, Resident> byId =
                residents.findAll(list.stream().map(HomeBed::residentId).toList(), user, "家庭病床工作清单").stream()
                        .collect(Collectors.toMap(Resident::id, Function.identity()));
        return list.stream()
                .map(b -> {
                    var r = byId.get(b.residentId());
                    return new Row(b, r, r == null ? 0 : r.ageOn(today));
                })
                .toList();
    }

    @GetMapping("/eldercare/home-beds/new")
    String form(@RequestParam long resident, Model model) {
        fillForm(model, resident, null, null, null, null, Set.of(), null, null, Map.of());
        return "eldercare/home-bed-form";
    }

    @PostMapping("/eldercare/home-beds")
    String admit(
            @RequestParam long resident,
            @RequestParam(required = false) @Nullable String indication,
            @RequestParam(required = false) @Nullable String diagnosis,
            @RequestParam(required = false) @Nullable String doctor,
            @RequestParam(required = false) @Nullable String caregiver,
            @RequestParam(required = false) @Nullable List<Integer> requirements,
            @RequestParam(required = false) @Nullable String visitIntervalDays,
            Model model) {
        var user = users.require();
        Long doctorId = doctor != null && doctor.matches("\\d{1,18}") ? Long.valueOf(doctor) : null;
        Integer interval = visitIntervalDays != null && visitIntervalDays.matches("\\d{1,3}")
                ? Integer.valueOf(visitIntervalDays)
                : visitIntervalDays == null || visitIntervalDays.isBlank() ? null : -1;
        var met = requirements == null ? Set.<Integer>of() : new HashSet<>(requirements);
        try {
            var bed = beds.admit(
                    new NewHomeBed(resident, indication, diagnosis, doctorId, caregiver, met, null, interval), user);
            return "redirect:/eldercare/home-beds/" + bed.id() + "?admitted";
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                model.addAttribute("error", e.getMessage());
            }
            fillForm(
                    model,
                    resident,
                    indication,
                    diagnosis,
                    doctorId,
                    caregiver,
                    met,
                    visitIntervalDays,
                    e.getMessage(),
                    e.fieldErrors());
            return "eldercare/home-bed-form";
        }
    }

    private void fillForm(
            Model model,
            long residentId,
            @Nullable String indication,
            @Nullable String diagnosis,
            @Nullable Long doctor,
            @Nullable String caregiver,
            Set<Integer> met,
            @Nullable String interval,
            @Nullable String error,
            Map<String, String> errors) {
        var user = users.require();
        var resident = residents
                .find(residentId, user, "家庭病床建床")
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "未找到该居民或不在您的管理范围"));
        model.addAttribute("resident", resident);
        model.addAttribute("age", resident.ageOn(LocalDate.now(clock)));
        model.addAttribute("rule", beds.rule());
        model.addAttribute("doctors", beds.doctorsFor(residentId, user));
        model.addAttribute("indication", indication);
        model.addAttribute("diagnosis", diagnosis == null ? "" : diagnosis);
        model.addAttribute("doctor", doctor);
        model.addAttribute("caregiver", caregiver == null ? "" : caregiver);
        model.addAttribute("met", met);
        model.addAttribute("interval", interval == null ? "" : interval);
        model.addAttribute("error", error);
        model.addAttribute("errors", errors);
    }

    @GetMapping("/eldercare/home-beds/{id}")
    String bed(@PathVariable long id, Model model) {
        fillBed(model, id, Map.of(), null, null);
        return "eldercare/home-bed";
    }

    @PostMapping("/eldercare/home-beds/{id}/visits")
    String visit(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String visitor,
            @RequestParam(required = false) @Nullable String findings,
            Model model) {
        var user = users.require();
        VisitKind k = null;
        try {
            k = kind == null ? null : VisitKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            // reported on its field
        }
        try {
            beds.recordVisit(id, k, visitor, findings, null, user);
            return "redirect:/eldercare/home-beds/" + id + "?visited";
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            fillBed(model, id, e.fieldErrors(), new VisitInput(kind, visitor, findings), e.getMessage());
            return "eldercare/home-bed";
        }
    }

    @PostMapping("/eldercare/home-beds/{id}/discharge")
    String discharge(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String note,
            Model model) {
        var user = users.require();
        DischargeReason r = null;
        try {
            r = reason == null ? null : DischargeReason.valueOf(reason);
        } catch (IllegalArgumentException e) {
            // reported on its field
        }
        try {
            beds.discharge(id, r, note, user);
            return "redirect:/eldercare/home-beds/" + id + "?discharged";
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            fillBed(model, id, e.fieldErrors(), null, e.getMessage());
            return "eldercare/home-bed";
        }
    }

    record VisitInput(@Nullable String kind, @Nullable String visitor, @Nullable String findings) {}

    private void fillBed(
            Model model, long id, Map<String, String> errors, @Nullable VisitInput input, @Nullable String error) {
        var user = users.require();
        var bed = beds.find(id, user)
                .orElseThrow(() -> PlatformException.notFound("ELDERCARE_HOME_BED_NOT_FOUND", "未找到该家庭病床或不在您的管理范围"));
        var resident = residents
                .find(bed.residentId(), user, "家庭病床")
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "未找到该居民或不在您的管理范围"));
        var today = LocalDate.now(clock);
        model.addAttribute("bed", bed);
        model.addAttribute("resident", resident);
        model.addAttribute("age", resident.ageOn(today));
        model.addAttribute("today", today);
        model.addAttribute("visits", beds.visits(id, user));
        model.addAttribute("kinds", VisitKind.values());
        model.addAttribute("reasons", DischargeReason.values());
        model.addAttribute("input", input == null ? new VisitInput("DOCTOR", user.displayName(), "") : input);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
    }
}
