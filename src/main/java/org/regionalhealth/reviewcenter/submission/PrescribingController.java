package org.regionalhealth.reviewcenter.submission;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.drugs.SkinTest;
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
import org.regionalhealth.screening.SkinTestResult;
import org.regionalhealth.screening.formats.PrescriptionRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
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
class PrescribingController {

    private static final Pattern ICD10 = Pattern.compile("^([A-Za-z]\\d{2}(?:\\.[0-9A-Za-z]{1,4})?)\\s*(.*)$");
    private static final Pattern CHINESE_DATE =
            Pattern.compile("(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?");
    private static final Set<String> NO_ALLERGY = Set.of("无", "否认", "否认过敏史", "无过敏史", "none", "");

    private final PrescriptionSubmissions submissions;
    private final Organizations organizations;
    private final CurrentUsers users;
    private final Validator validator;
    private final Clock clock;
    private final DrugKnowledge drugs;

    PrescribingController(
            PrescriptionSubmissions submissions,
            Organizations organizations,
            CurrentUsers users,
            Validator validator,
            Clock clock,
            DrugKnowledge drugs) {
        this.clock = clock;
        this.drugs = drugs;
        this.submissions = submissions;
        this.organizations = organizations;
        this.users = users;
        this.validator = validator;
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
        PrescribingForm form =
                example == null ? new PrescribingForm() : PrescribingForm.example(example, LocalDate.now(clock));
        fill(model, form);
        return "reviewcenter/prescribing";
    }

    @PostMapping("/prescriptions/screen")
    String screen(
            @ModelAttribute("form") PrescribingForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request) {
        form.pad();
        Map<String, String> errors = validate(form, binding);
        if (errors.isEmpty()) {
            // request line i is form line formIndex[i]: blank lines are left out of the request
            List<Integer> formIndex = new ArrayList<>();
            try {
                PrescriptionRequest prescription = toRequest(form, formIndex);
                validator
                        .validate(prescription)
                        .forEach(v ->
                                errors.putIfAbsent(formField(v.getPropertyPath().toString(), formIndex), "内容过长或格式不正确"));
                if (errors.isEmpty()) {
                    model.addAttribute("verdict", submissions.screenDraft(prescription, users.require()));
                }
            } catch (PlatformException e) {
                e.fieldErrors().forEach((field, message) -> errors.putIfAbsent(formField(field, formIndex), message));
                if (e.fieldErrors().isEmpty()) {
                    errors.put("", e.getMessage());
                }
            }
        }
        fill(model, form);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("errorList", errorList(errors));
        }
        // htmx swaps the form and the verdict (a skin-test field may appear); a plain post gets the whole page
        return request.getHeader("HX-Request") != null
                ? "reviewcenter/prescribing :: work"
                : "reviewcenter/prescribing";
    }

    /** Labels of the form's fields, for the error summary (Chinese, never a field path). */
    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("drugName", "药品"),
            Map.entry("dose", "单次剂量"),
            Map.entry("doseUnit", "单位"),
            Map.entry("frequency", "频次"),
            Map.entry("days", "天数"),
            Map.entry("route", "途径"),
            Map.entry("skinTestResult", "皮试结果"),
            Map.entry("birthDate", "出生日期"),
            Map.entry("weightKg", "体重"),
            Map.entry("creatinine", "血肌酐"),
            Map.entry("setting", "就诊类型"),
            Map.entry("staffId", "开方医师"),
            Map.entry("institutionCode", "开方机构"),
            Map.entry("idNumber", "身份证号"),
            Map.entry("sex", "性别"),
            Map.entry("allergies", "过敏史"),
            Map.entry("diagnoses", "诊断"));

    private static final Pattern LINE_FIELD = Pattern.compile("^lines\\[(\\d+)]\\.?(\\w*)$");

    /** "第2行 单次剂量：请填写单次剂量" for {@code lines[1].dose}. */
    static List<String> errorList(Map<String, String> errors) {
        List<String> out = new ArrayList<>();
        errors.forEach((field, message) -> {
            Matcher m = LINE_FIELD.matcher(field);
            String label;
            if (m.matches()) {
                label = "第" + (Integer.parseInt(m.group(1)) + 1) + "行"
                        + (m.group(2).isEmpty() ? "" : " " + FIELD_LABELS.getOrDefault(m.group(2), "内容"));
            } else {
                label = FIELD_LABELS.get(field);
            }
            out.add(label == null ? message : label + "：" + message);
        });
        return out;
    }

    /** A request field ({@code lines[0].dose}, {@code patient.birthDate}) as the form field it came from. */
    static String formField(String requestField, List<Integer> formIndex) {
        Matcher m = Pattern.compile("^lines\\[(\\d+)](.*)$").matcher(requestField);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            int f = i < formIndex.size() ? formIndex.get(i) : i;
            return "lines[" + f + "]" + m.group(2);
        }
        if (requestField.startsWith("patient.")) {
            return requestField.substring("patient.".length());
        }
        return requestField;
    }

    /**
     * Every problem of the form at once, keyed by the form field it belongs to, in Chinese (issue 14): type errors of
     * the binding, then each written line's drug, dose, unit, frequency and days, then the patient's dates.
     */
    Map<String, String> validate(PrescribingForm form, BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError e : binding.getFieldErrors()) {
            String field = e.getField();
            String last = field.substring(field.lastIndexOf('.') + 1);
            String what = FIELD_LABELS.getOrDefault(last, "该项");
            errors.putIfAbsent(
                    field,
                    switch (last) {
                        case "days" -> what + "须为整数";
                        case "staffId" -> "请选择开方医师";
                        default -> what + "须为数字";
                    });
        }
        boolean any = false;
        for (int i = 0; i < form.getLines().size(); i++) {
            PrescribingForm.Line l = form.getLines().get(i);
            if (l.isEmpty() && !binding.hasFieldErrors("lines[" + i + "].*")) {
                continue;
            }
            any = true;
            String p = "lines[" + i + "].";
            if (l.isBlank()) {
                errors.putIfAbsent(p + "drugName", "请填写药品名称");
            }
            if (blank(l.getDose())) {
                errors.putIfAbsent(p + "dose", "请填写单次剂量");
            } else if (l.doseValue() == null) {
                errors.putIfAbsent(p + "dose", "单次剂量须为数字");
            } else if (!(l.doseValue() > 0)) {
                errors.putIfAbsent(p + "dose", "单次剂量须大于0");
            }
            if (blank(l.getDoseUnit())) {
                errors.putIfAbsent(p + "doseUnit", "请填写剂量单位");
            }
            if (blank(l.getFrequency())) {
                errors.putIfAbsent(p + "frequency", "请选择频次");
            }
            if (l.getDays() == null) {
                errors.putIfAbsent(p + "days", "请填写天数");
            } else if (l.getDays() < 1 || l.getDays() > 366) {
                errors.putIfAbsent(p + "days", "天数应为1–366");
            }
            if (!blank(l.getSkinTestResult())) {
                try {
                    SkinTestResult.valueOf(l.getSkinTestResult());
                } catch (IllegalArgumentException e) {
                    errors.putIfAbsent(p + "skinTestResult", "请选择皮试结果");
                }
            }
        }
        if (!any) {
            errors.putIfAbsent("lines[0].drugName", "请至少填写一行药品");
        }
        try {
            LocalDate birth = chineseDate(form.getBirthDate(), "birthDate");
            if (birth != null && birth.isAfter(LocalDate.now(clock))) {
                errors.putIfAbsent("birthDate", "出生日期不能晚于今天");
            }
        } catch (PlatformException e) {
            errors.putIfAbsent("birthDate", e.getMessage());
        }
        if (form.getWeightKg() != null && !(form.getWeightKg() > 0)) {
            errors.putIfAbsent("weightKg", "体重须大于0");
        }
        if (form.getCreatinine() != null && !(form.getCreatinine() > 0)) {
            errors.putIfAbsent("creatinine", "血肌酐须大于0");
        }
        try {
            Setting.valueOf(form.getSetting());
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.putIfAbsent("setting", "请选择就诊类型");
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
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
        form.pad();
        model.addAttribute("form", form);
        model.addAttribute("skinTestLines", skinTestLines(form));
        model.addAttribute("skinTestResults", SkinTestResult.values());
        model.addAttribute("institutions", institutions);
        model.addAttribute("staff", staff);
        model.addAttribute("settings", Setting.values());
    }

    /**
     * Lines that get a skin-test field: the drug's label asks for a skin test (penicillins: required; cephalosporins:
     * when the label or a β-lactam allergy asks), or a result is already written.
     */
    private Set<Integer> skinTestLines(PrescribingForm form) {
        KnowledgeSnapshot kb = drugs.snapshot();
        Set<Integer> out = new java.util.TreeSet<>();
        for (int i = 0; i < form.getLines().size(); i++) {
            PrescribingForm.Line l = form.getLines().get(i);
            if (!blank(l.getSkinTestResult())) {
                out.add(i);
            } else if (!l.isBlank()
                    && kb.findGeneric(l.getDrugName().trim())
                            .filter(g -> g.skinTest() != null && g.skinTest() != SkinTest.NOT_REQUIRED)
                            .isPresent()) {
                out.add(i);
            }
        }
        return out;
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

    private PrescriptionRequest toRequest(PrescribingForm form, List<Integer> formIndex) {
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
        for (int i = 0; i < form.getLines().size(); i++) {
            PrescribingForm.Line l = form.getLines().get(i);
            if (l.isBlank()) {
                continue;
            }
            formIndex.add(i);
            lines.add(new PrescriptionRequest.Line(
                    l.getDrugName().trim(),
                    null,
                    null,
                    null,
                    blank(l.getRoute()) ? null : l.getRoute().trim(),
                    l.doseValue(),
                    l.getDoseUnit(),
                    l.getFrequency(),
                    l.getDays(),
                    null,
                    null,
                    null,
                    blank(l.getSkinTestResult()) ? null : SkinTestResult.valueOf(l.getSkinTestResult()),
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
}
