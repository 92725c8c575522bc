package org.regionalhealth.eldercare.hospice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.eldercare.BereavementFollowUp;
import org.regionalhealth.eldercare.Hospice;
import org.regionalhealth.eldercare.HospicePatient;
import org.regionalhealth.eldercare.HospiceState;
import org.regionalhealth.eldercare.HospiceWard;
import org.regionalhealth.eldercare.PlaceOfDeath;
import org.regionalhealth.eldercare.SymptomItem;
import org.regionalhealth.eldercare.SymptomScoring;
import org.regionalhealth.org.Organizations;
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

/** The hospice ward page (安宁疗护病区): wards and beds, referrals, admissions, symptom scores, death, bereavement. */
@Controller
@PreAuthorize("hasAnyRole('STATION_DOCTOR', 'HOSPITAL_DOCTOR', 'DISTRICT_ADMIN')")
class HospiceController {

    private final Hospice hospice;
    private final ResidentIndex residents;
    private final Organizations organizations;
    private final CurrentUsers users;
    private final Clock clock;

    HospiceController(
            Hospice hospice, ResidentIndex residents, Organizations organizations, CurrentUsers users, Clock clock) {
        this.hospice = hospice;
        this.residents = residents;
        this.organizations = organizations;
        this.users = users;
        this.clock = clock;
    }

    @Bean
    static NavigationItem hospiceLink() {
        return new NavigationItem(
                "eldercare.nav.hospice",
                "/eldercare/hospice",
                MenuSection.CLINICAL,
                Set.of(Role.STATION_DOCTOR, Role.HOSPITAL_DOCTOR, Role.DISTRICT_ADMIN));
    }

    record Row(HospicePatient patient, @Nullable Resident resident, int age, String ward) {}

    record FollowUpRow(BereavementFollowUp followUp, Row row) {}

    @GetMapping("/eldercare/hospice")
    String ward(
            @RequestParam(defaultValue = "admitted") String tab,
            @RequestParam(required = false) @Nullable Long ward,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = users.require();
        var today = LocalDate.now(clock);
        var wards = hospice.wards();
        model.addAttribute("wards", wards);
        model.addAttribute(
                "wardNames", wards.stream().collect(Collectors.toMap(HospiceWard::unitId, HospiceWard::name)));
        model.addAttribute("ward", ward);
        model.addAttribute("beds", wards.stream().mapToInt(HospiceWard::beds).sum());
        model.addAttribute(
                "occupied", wards.stream().mapToLong(HospiceWard::occupied).sum());
        model.addAttribute(
                "waiting", wards.stream().mapToLong(HospiceWard::waiting).sum());
        model.addAttribute(
                "hospitals", wards.stream().filter(HospiceWard::hospital).count());
        model.addAttribute("centres", wards.stream().filter(w -> !w.hospital()).count());
        String shown =
                switch (tab) {
                    case "referred", "bereavement", "ended" -> tab;
                    default -> "admitted";
                };
        model.addAttribute("tab", shown);
        var due = hospice.followUpsDue(today, user, "bereavement".equals(shown) ? page : 0, 20);
        model.addAttribute("dueCount", due.total());
        if ("bereavement".equals(shown)) {
            var patients = due.items().stream()
                    .map(f -> hospice.find(f.patientId(), user).orElseThrow())
                    .toList();
            var rows = rows(patients, user, today, wards);
            model.addAttribute("result", due);
            model.addAttribute(
                    "followUps",
                    java.util.stream.IntStream.range(0, rows.size())
                            .mapToObj(i -> new FollowUpRow(due.items().get(i), rows.get(i)))
                            .toList());
            model.addAttribute("rows", List.of());
        } else {
            var state =
                    switch (shown) {
                        case "referred" -> HospiceState.REFERRED;
                        case "ended" -> HospiceState.DIED;
                        default -> HospiceState.ADMITTED;
                    };
            PageResult<HospicePatient> result = hospice.patients(state, ward, user, page, 20);
            model.addAttribute("result", result);
            model.addAttribute("rows", rows(result.items(), user, today, wards));
            model.addAttribute("followUps", List.of());
        }
        return "eldercare/hospice";
    }

    private List<Row> rows(List<HospicePatient> list, CurrentUser user, LocalDate today, List<HospiceWard> wards) {
        Map<Long, Resident> byId =
                residents.findAll(list.stream().map(HospicePatient::residentId).toList(), user, "安宁疗护病区").stream()
                        .collect(Collectors.toMap(Resident::id, Function.identity()));
        var names = wards.stream().collect(Collectors.toMap(HospiceWard::unitId, HospiceWard::name));
        return list.stream()
                .map(p -> {
                    var r = byId.get(p.residentId());
                    return new Row(p, r, r == null ? 0 : r.ageOn(today), names.getOrDefault(p.wardUnitId(), ""));
                })
                .toList();
    }

    @GetMapping("/eldercare/hospice/referrals/new")
    String referralForm(@RequestParam long resident, Model model) {
        fillReferral(model, resident, null, "", null, false, Map.of(), null);
        return "eldercare/hospice-referral";
    }

    @PostMapping("/eldercare/hospice/referrals")
    String refer(
            @RequestParam long resident,
            @RequestParam(required = false) @Nullable Long ward,
            @RequestParam(required = false) @Nullable String diagnosis,
            @RequestParam(required = false) @Nullable String pps,
            @RequestParam(required = false) @Nullable String consent,
            Model model) {
        var user = users.require();
        Integer p = pps != null && pps.matches("\\d{1,3}") ? Integer.valueOf(pps) : null;
        try {
            var patient = hospice.refer(resident, ward, diagnosis, p, consent != null, null, user);
            return "redirect:/eldercare/hospice/" + patient.id() + "?referred";
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty() && !"ELDERCARE_HOSPICE_ACTIVE".equals(e.code())) {
                throw e;
            }
            fillReferral(model, resident, ward, diagnosis, p, consent != null, e.fieldErrors(), e.getMessage());
            return "eldercare/hospice-referral";
        }
    }

    private void fillReferral(
            Model model,
            long residentId,
            @Nullable Long ward,
            @Nullable String diagnosis,
            @Nullable Integer pps,
            boolean consent,
            Map<String, String> errors,
            @Nullable String error) {
        var user = users.require();
        var resident = residents
                .find(residentId, user, "安宁疗护转介")
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "未找到该居民或不在您的管理范围"));
        model.addAttribute("resident", resident);
        model.addAttribute("age", resident.ageOn(LocalDate.now(clock)));
        model.addAttribute("wards", hospice.wards());
        model.addAttribute("ward", ward);
        model.addAttribute("diagnosis", diagnosis == null ? "" : diagnosis);
        model.addAttribute("pps", pps);
        model.addAttribute("ppsLevels", List.of(100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 0));
        model.addAttribute("consent", consent);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
    }

    @GetMapping("/eldercare/hospice/{id}")
    String patient(@PathVariable long id, Model model) {
        fillPatient(model, id, Map.of(), null, Map.of());
        return "eldercare/hospice-patient";
    }

    @PostMapping("/eldercare/hospice/{id}/admit")
    String admit(@PathVariable long id, @RequestParam(required = false) @Nullable String bedNo, Model model) {
        return act(id, model, Map.of(), () -> hospice.admit(id, bedNo, null, users.require()), "admitted");
    }

    @PostMapping("/eldercare/hospice/{id}/decline")
    String decline(@PathVariable long id, @RequestParam(required = false) @Nullable String reason, Model model) {
        return act(id, model, Map.of(), () -> hospice.decline(id, reason, users.require()), "declined");
    }

    @PostMapping("/eldercare/hospice/{id}/scores")
    String score(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        var scores = new EnumMap<SymptomItem, Integer>(SymptomItem.class);
        for (var item : SymptomItem.values()) {
            String v = params.get(item.name());
            if (v != null && v.matches("\\d{1,2}")) {
                scores.put(item, Integer.parseInt(v));
            }
        }
        return act(id, model, scores, () -> hospice.score(id, scores, null, users.require()), "scored");
    }

    @PostMapping("/eldercare/hospice/{id}/death")
    String death(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String diedOn,
            @RequestParam(required = false) @Nullable String place,
            @RequestParam(required = false) @Nullable String note,
            Model model) {
        LocalDate day = null;
        try {
            day = diedOn == null || diedOn.isBlank() ? null : LocalDate.parse(diedOn);
        } catch (DateTimeParseException e) {
            // reported on its field
        }
        PlaceOfDeath where = null;
        try {
            where = place == null || place.isBlank() ? null : PlaceOfDeath.valueOf(place);
        } catch (IllegalArgumentException e) {
            // reported on its field
        }
        LocalDate d = day;
        PlaceOfDeath w = where;
        return act(id, model, Map.of(), () -> hospice.died(id, d, w, note, users.require()), "died");
    }

    @PostMapping("/eldercare/hospice/{id}/follow-ups/{followUp}")
    String followUp(
            @PathVariable long id,
            @PathVariable long followUp,
            @RequestParam(required = false) @Nullable String contact,
            @RequestParam(required = false) @Nullable String note,
            Model model) {
        return act(id, model, Map.of(), () -> hospice.followedUp(followUp, contact, note, users.require()), "followed");
    }

    private String act(long id, Model model, Map<SymptomItem, Integer> scores, Runnable action, String done) {
        try {
            action.run();
            return "redirect:/eldercare/hospice/" + id + "?" + done;
        } catch (PlatformException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            fillPatient(model, id, e.fieldErrors(), e.getMessage(), scores);
            return "eldercare/hospice-patient";
        }
    }

    private void fillPatient(
            Model model, long id, Map<String, String> errors, @Nullable String error, Map<SymptomItem, Integer> input) {
        var user = users.require();
        var patient = hospice.find(id, user)
                .orElseThrow(() -> PlatformException.notFound("ELDERCARE_HOSPICE_NOT_FOUND", "未找到该安宁疗护患者或不在您的管理范围"));
        var resident = residents
                .find(patient.residentId(), user, "安宁疗护")
                .orElseThrow(() -> PlatformException.notFound("RESIDENT_NOT_FOUND", "未找到该居民或不在您的管理范围"));
        var wardUnit = organizations.find(patient.wardUnitId()).orElseThrow();
        var today = LocalDate.now(clock);
        model.addAttribute("p", patient);
        model.addAttribute("resident", resident);
        model.addAttribute("age", resident.ageOn(today));
        model.addAttribute("wardName", wardUnit.name());
        model.addAttribute("wardStaff", user.scope().covers(wardUnit.path()));
        model.addAttribute("scores", hospice.scores(id, user));
        model.addAttribute("followUps", hospice.bereavement(id, user));
        model.addAttribute("items", SymptomItem.values());
        model.addAttribute("input", input);
        model.addAttribute("places", PlaceOfDeath.values());
        model.addAttribute("source", SymptomScoring.SOURCE);
        model.addAttribute("today", today);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
    }
}
