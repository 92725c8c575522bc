package org.regionalhealth.reviewcenter.submission;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regionalhealth.org.Organizations;
import org.regionalhealth.org.StaffMember;
import org.regionalhealth.org.Unit;
import org.regionalhealth.org.UnitQuery;
import org.regionalhealth.org.UnitType;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.Setting;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The doctor's prescribing page (issue 3 "Done means"): write a prescription, see the cards the engine gives, for
 * demonstration and for pharmacists' training. It screens a draft through the same service as the REST API, so
 * what the page shows is what a HIS gets; nothing is stored.
 */
@Controller
@PreAuthorize("hasAnyRole('HOSPITAL_DOCTOR', 'STATION_DOCTOR', 'MC_PHARMACIST', 'DISTRICT_ADMIN')")
class PrescribingPageController {

    private static final Pattern ICD10 = Pattern.compile("^([A-Za-z]\\d{2}(?:\\.[0-9A-Za-z]{1,4})?)\\s*(.*)$");
    private static final Pattern CHINESE_DATE =
            Pattern.compile("(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?");
    private static final Set<String> NO_ALLERGY = Set.of("无", "否认", "否认过敏史", "无过敏史", "none", "");

    private final PrescriptionSubmissions submissions;
    private final Organizations organizations;
    private final CurrentUsers users;
    private final Validator validator;
    private final java.time.Clock clock;

    PrescribingPageController(
            PrescriptionSubmissions submissions,
            Organizations organizations,
            CurrentUsers users,
            Validator validator,
            java.time.Clock clock) {
        this.submissions = submissions;
        this.organizations = organizations;
        this.users = users;
        this.validator = validator;
        this.clock = clock;
    }

    @Bean
    static NavigationItem prescribingLink() {
        return new NavigationItem(
                "nav.prescribing",
                "/prescriptions/new",
                MenuSection.CLINICAL,
                Set.of(Role.HOSPITAL_DOCTOR, Role.STATION_DOCTOR, Role.MC_PHARMACIST, Role.DISTRICT_ADMIN));
    }

    @GetMapping("/prescriptions/new")
    String form(@RequestParam(required = false) String example, Model model) {
        PrescribingForm form = example == null ? new PrescribingForm() : PrescribingForm.example(example);
        fill(model, form);
        return "reviewcenter/prescribing";
    }

    @PostMapping("/prescriptions/screen")
    String screen(
            @ModelAttribute("form") PrescribingForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request) {
        fill(model, form);
        if (binding.hasErrors()) {
            model.addAttribute(
                    "errors",
                    binding.getFieldErrors().stream()
                            .map(e -> e.getField() + "：格式不正确（" + e.getRejectedValue() + "）")
                            .toList());
        } else {
            try {
                PrescriptionRequest prescription = toRequest(form);
                List<String> violations = validator.validate(prescription).stream()
                        .map(PrescribingPageController::message)
                        .sorted()
                        .toList();
                if (violations.isEmpty()) {
                    model.addAttribute("verdict", submissions.screenDraft(prescription, users.require()));
                } else {
                    model.addAttribute("errors", violations);
                }
            } catch (PlatformException e) {
                List<String> errors = new ArrayList<>();
                e.fieldErrors().forEach((field, message) -> errors.add(field + "：" + message));
                model.addAttribute("errors", errors.isEmpty() ? List.of(e.getMessage()) : errors);
            }
        }
        // htmx swaps only the verdict; a plain form post (no JavaScript) gets the whole page
        return request.getHeader("HX-Request") != null
                ? "reviewcenter/prescribing :: verdict"
                : "reviewcenter/prescribing";
    }

    private void fill(Model model, PrescribingForm form) {
        CurrentUser user = users.require();
        List<Unit> institutions = institutions(user);
        if (form.getInstitutionCode() == null && !institutions.isEmpty()) {
            form.setInstitutionCode(institutions.get(0).code());
        }
        Unit selected = institutions.stream()
                .filter(u -> u.code().equals(form.getInstitutionCode()))
                .findFirst()
                .orElse(institutions.isEmpty() ? null : institutions.get(0));
        List<StaffMember> staff = selected == null
                ? List.of()
                : organizations.staffOf(selected.id()).stream()
                        .filter(s -> !s.pharmacist())
                        .sorted(Comparator.comparing(StaffMember::prescribingRight)
                                .reversed()
                                .thenComparing(StaffMember::id))
                        .toList();
        if (form.getStaffId() == null && !staff.isEmpty()) {
            form.setStaffId(staff.get(0).id());
        }
        model.addAttribute("form", form);
        model.addAttribute("institutions", institutions);
        model.addAttribute("staff", staff);
        model.addAttribute("settings", Setting.values());
    }

    /** A doctor prescribes at their own institution; pharmacists and administrators train with any in scope. */
    private List<Unit> institutions(CurrentUser user) {
        if (user.role() == Role.HOSPITAL_DOCTOR || user.role() == Role.STATION_DOCTOR) {
            return organizations.find(user.unitId()).stream().toList();
        }
        List<Unit> result = new ArrayList<>();
        for (UnitType type : List.of(UnitType.HOSPITAL, UnitType.HEALTH_CENTRE)) {
            result.addAll(organizations
                    .search(new UnitQuery(type, null, null, null), user.scope(), 0, 100)
                    .items());
        }
        return result;
    }

    private PrescriptionRequest toRequest(PrescribingForm form) {
        Setting setting;
        try {
            setting = Setting.valueOf(form.getSetting());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw PlatformException.invalidField("PRESCRIBING_SETTING", "setting", "就诊类型无效");
        }
        Sex sex = form.getSex() == null || form.getSex().isBlank() ? null : Sex.valueOf(form.getSex());
        List<String> allergies = Arrays.stream(
                        (form.getAllergies() == null ? "" : form.getAllergies()).split("[,，、;；\\s]+"))
                .map(String::trim)
                .filter(a -> !NO_ALLERGY.contains(a))
                .toList();
        List<PrescriptionRequest.DiagnosisEntry> diagnoses = new ArrayList<>();
        for (String line : (form.getDiagnoses() == null ? "" : form.getDiagnoses()).split("\\R")) {
            String d = line.trim();
            if (d.isEmpty()) {
                continue;
            }
            Matcher m = ICD10.matcher(d);
            diagnoses.add(
                    m.matches()
                            ? new PrescriptionRequest.DiagnosisEntry(
                                    m.group(1).toUpperCase(), m.group(2).isBlank() ? null : m.group(2))
                            : new PrescriptionRequest.DiagnosisEntry(null, d));
        }
        List<PrescriptionRequest.Line> lines = new ArrayList<>();
        for (PrescribingForm.Line l : form.getLines()) {
            if (l.isBlank()) {
                continue;
            }
            lines.add(new PrescriptionRequest.Line(
                    l.getDrugName().trim(),
                    null,
                    null,
                    null,
                    l.getRoute(),
                    l.getDose(),
                    l.getDoseUnit(),
                    l.getFrequency(),
                    l.getDays(),
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        if (lines.isEmpty()) {
            throw PlatformException.invalidField("PRESCRIBING_NO_LINES", "lines", "请至少填写一行药品");
        }
        String idNumber = form.getIdNumber() == null || form.getIdNumber().isBlank()
                ? null
                : form.getIdNumber().trim();
        var patient = new PrescriptionRequest.Patient(
                idNumber,
                chineseDate(form.getBirthDate(), "birthDate"),
                sex,
                form.getWeightKg(),
                form.isPregnant(),
                form.isLactating(),
                allergies,
                List.of(),
                null,
                null,
                form.getCreatinine(),
                form.getCreatinine() == null ? null : LocalDate.now(clock),
                null,
                null,
                null);
        return new PrescriptionRequest(
                form.getInstitutionCode(),
                "DEMO-" + System.currentTimeMillis(),
                setting,
                null,
                LocalDate.now(clock),
                new PrescriptionRequest.PrescriberRef(form.getStaffId(), null),
                patient,
                diagnoses,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                lines);
    }

    /** Dates as clinics write them: 1958-03-12, 1958/3/12, 1958.3.12 or 1958年3月12日. */
    static LocalDate chineseDate(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = CHINESE_DATE.matcher(text.trim());
        if (!m.matches()) {
            throw PlatformException.invalidField("PRESCRIBING_DATE", field, "日期格式应为 1958-03-12 或 1958年3月12日");
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            throw PlatformException.invalidField("PRESCRIBING_DATE", field, "日期不存在：" + text);
        }
    }

    private static String message(ConstraintViolation<?> v) {
        return v.getPropertyPath() + "：" + v.getMessage();
    }
}
