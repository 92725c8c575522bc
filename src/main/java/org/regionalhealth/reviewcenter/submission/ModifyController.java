package org.regionalhealth.reviewcenter.submission;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.screening.formats.PrescriptionRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The doctor modifies a returned or blocked prescription (issue 4 item 2): the drug lines of the stored request are
 * edited and go through the same revise path as {@code PUT /api/prescription-review/prescriptions/{id}} — screened
 * again, stale findings closed, the open review task superseded.
 */
@Controller
@PreAuthorize("hasAnyRole('HOSPITAL_DOCTOR', 'STATION_DOCTOR')")
class ModifyController {

    private final PrescriptionSubmissions submissions;
    private final PrescriptionStore store;
    private final CurrentUsers users;
    private final JsonMapper json;
    private final Validator validator;

    ModifyController(
            PrescriptionSubmissions submissions,
            PrescriptionStore store,
            CurrentUsers users,
            JsonMapper json,
            Validator validator) {
        this.submissions = submissions;
        this.store = store;
        this.users = users;
        this.json = json;
        this.validator = validator;
    }

    @GetMapping("/prescriptions/{id}/modify")
    String form(@PathVariable long id, Model model) {
        var view = submissions.read(id, users.require());
        model.addAttribute("prescription", view);
        model.addAttribute("request", stored(id));
        return "reviewcenter/modify";
    }

    @PostMapping("/prescriptions/{id}/modify")
    String modify(
            @PathVariable long id,
            @RequestParam(name = "drugName", required = false) @Nullable List<String> drugNames,
            @RequestParam(name = "dose", required = false) @Nullable List<String> doses,
            @RequestParam(name = "doseUnit", required = false) @Nullable List<String> units,
            @RequestParam(name = "frequency", required = false) @Nullable List<String> frequencies,
            @RequestParam(name = "days", required = false) @Nullable List<String> days,
            RedirectAttributes redirect) {
        var user = users.require();
        submissions.read(id, user);
        PrescriptionRequest original = stored(id);
        List<PrescriptionRequest.Line> lines = new ArrayList<>();
        int n = drugNames == null ? 0 : drugNames.size();
        try {
            for (int i = 0; i < n; i++) {
                String name = drugNames.get(i) == null ? "" : drugNames.get(i).trim();
                if (name.isEmpty()) {
                    continue;
                }
                PrescriptionRequest.Line before =
                        i < original.lines().size() ? original.lines().get(i) : null;
                lines.add(new PrescriptionRequest.Line(
                        name,
                        before != null && name.equals(before.drugName()) ? before.drugCode() : null,
                        before != null && name.equals(before.drugName()) ? before.strength() : null,
                        before == null ? null : before.form(),
                        before == null ? "口服" : before.route(),
                        number(at(doses, i)),
                        at(units, i),
                        at(frequencies, i),
                        integer(at(days, i)),
                        null,
                        null,
                        before == null ? null : before.infusionGroup(),
                        before == null ? null : before.skinTestResult(),
                        null));
            }
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("error", "剂量和天数须为数字");
            return "redirect:/prescriptions/" + id + "/modify";
        }
        PrescriptionRequest changed = new PrescriptionRequest(
                original.institutionCode(),
                original.prescriptionNumber(),
                original.setting(),
                original.type(),
                original.issuedOn(),
                original.prescriber(),
                original.patient(),
                original.diagnoses(),
                original.ageAsWritten(),
                original.validityDays(),
                original.extendedSupplyReason(),
                original.longTerm(),
                original.longTermAssessed(),
                original.takeHome(),
                original.decoctionCount(),
                lines);
        List<String> violations = validator.validate(changed).stream()
                .map(ConstraintViolation::getMessage)
                .sorted()
                .toList();
        if (!violations.isEmpty()) {
            redirect.addFlashAttribute("error", String.join("；", violations));
            return "redirect:/prescriptions/" + id + "/modify";
        }
        try {
            VerdictView verdict = submissions.revise(id, changed, user);
            redirect.addFlashAttribute("message", "已提交第" + verdict.revision() + "版并重新审核 / Revision screened again");
            return "redirect:/prescription-review/prescriptions/" + id + "/story";
        } catch (PlatformException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/prescriptions/" + id + "/modify";
        }
    }

    private PrescriptionRequest stored(long id) {
        return store.requestJson(id)
                .map(text -> json.readValue(text, PrescriptionRequest.class))
                .orElseThrow(() -> PlatformException.notFound("PRESCRIPTION_NOT_FOUND", "处方不存在"));
    }

    private static @Nullable String at(@Nullable List<String> values, int i) {
        if (values == null
                || i >= values.size()
                || values.get(i) == null
                || values.get(i).isBlank()) {
            return null;
        }
        return values.get(i).trim();
    }

    private static @Nullable Double number(@Nullable String value) {
        return value == null ? null : Double.valueOf(value);
    }

    private static @Nullable Integer integer(@Nullable String value) {
        return value == null ? null : Integer.valueOf(value);
    }
}
