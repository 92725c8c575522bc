package org.regionalhealth.ecg.worklist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.ecg.CriticalFinding;
import org.regionalhealth.ecg.callback.CallBacks;
import org.regionalhealth.ecg.preread.StemiCriteria;
import org.regionalhealth.ecg.signal.Lead;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.Resident;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The reading centre's pages: the worklist, the 12-lead viewer with the pre-read, claiming and the report. */
@Controller
class EcgWorklistController {

    /** One row of the worklist: the ECG, its patient and how long it has waited. */
    record Row(Recording recording, @Nullable Resident patient, @Nullable Integer age, long waitingMinutes) {}

    /** One lead of the ST table: measured elevation, the lead's threshold for this patient, whether it is met. */
    record StRow(Lead lead, double mv, @Nullable Double threshold, boolean met) {}

    private final EcgWorklist worklist;
    private final CurrentUsers users;
    private final Clock clock;
    private final CallBacks callBacks;
    private final StemiCriteria criteria = StemiCriteria.standard();

    EcgWorklistController(EcgWorklist worklist, CurrentUsers users, Clock clock, CallBacks callBacks) {
        this.worklist = worklist;
        this.callBacks = callBacks;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/ecg/worklist")
    @PreAuthorize("hasAnyRole('ECG_PHYSICIAN', 'DISTRICT_ADMIN')")
    String worklist(
            @RequestParam(defaultValue = "open") String tab,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Model model) {
        var user = users.require();
        boolean reported = "reported".equals(tab);
        var result = worklist.queue(user, reported, page, size);
        Instant now = Instant.now(clock);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("tab", reported ? "reported" : "open");
        model.addAttribute("result", result);
        model.addAttribute("rows", result.items().stream().map(r -> row(r, now)).toList());
        model.addAttribute("stemiWaiting", worklist.countOpen(user, true));
        model.addAttribute("queued", worklist.countOpen(user, false));
        return "ecg/worklist";
    }

    @GetMapping("/ecg/recordings/{id}")
    @PreAuthorize("hasAnyRole('ECG_PHYSICIAN', 'STATION_DOCTOR', 'HOSPITAL_DOCTOR', 'DISTRICT_ADMIN')")
    String viewer(@PathVariable long id, Model model) {
        var recording = worklist.find(id, users.require());
        return viewer(recording, null, Map.of(), null, model);
    }

    @PostMapping("/ecg/recordings/{id}/claim")
    @PreAuthorize("hasRole('ECG_PHYSICIAN')")
    String claim(@PathVariable long id, Model model) {
        var user = users.require();
        try {
            worklist.claim(id, user);
        } catch (PlatformException e) {
            if (!"ECG_ALREADY_CLAIMED".equals(e.code())) {
                throw e;
            }
            return viewer(worklist.find(id, user), null, Map.of(), e.getMessage(), model);
        }
        return "redirect:/ecg/recordings/" + id;
    }

    @PostMapping("/ecg/recordings/{id}/report")
    @PreAuthorize("hasRole('ECG_PHYSICIAN')")
    String report(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String rhythm,
            @RequestParam(required = false) @Nullable String rate,
            @RequestParam(required = false) @Nullable String pr,
            @RequestParam(required = false) @Nullable String qrs,
            @RequestParam(required = false) @Nullable String qt,
            @RequestParam(required = false) @Nullable String conclusion,
            @RequestParam(defaultValue = "false") boolean critical,
            @RequestParam(required = false) @Nullable String finding,
            Model model) {
        var user = users.require();
        var form = new ReportForm(rhythm, rate, pr, qrs, qt, conclusion, critical, finding);
        try {
            worklist.report(id, form, user);
        } catch (PlatformException e) {
            return viewer(worklist.find(id, user), form, e.fieldErrors(), e.getMessage(), model);
        }
        return "redirect:/ecg/recordings/" + id + "?reported";
    }

    private String viewer(
            Recording recording,
            @Nullable ReportForm form,
            Map<String, String> errors,
            @Nullable String error,
            Model model) {
        var user = users.require();
        var patient = worklist.patient(recording, user).orElse(null);
        LocalDate day = recording.acquiredAt() == null
                ? LocalDate.ofInstant(recording.uploadedAt(), clock.getZone())
                : recording.acquiredAt().toLocalDate();
        Integer age = patient == null ? null : patient.ageOn(day);
        var st = new ArrayList<StRow>();
        for (Lead lead : Lead.values()) {
            var threshold = criteria.threshold(lead, patient == null ? null : patient.sex(), age == null ? 60 : age);
            double mv = recording.st(lead);
            st.add(new StRow(
                    lead,
                    mv,
                    threshold == null ? null : threshold.mv(),
                    recording.stemiLeads().contains(lead)));
        }
        boolean physician = user.role() == Role.ECG_PHYSICIAN;
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("r", recording);
        model.addAttribute("patient", patient);
        model.addAttribute("age", age);
        model.addAttribute("svg", EcgSvg.render(worklist.signal(recording.id(), user), "12导联心电图"));
        model.addAttribute("st", st);
        model.addAttribute("physician", physician);
        model.addAttribute("canClaim", physician && recording.state() == ReadingState.QUEUED);
        model.addAttribute(
                "canReport",
                physician
                        && recording.state() == ReadingState.CLAIMED
                        && user.username().equals(recording.claimedBy()));
        model.addAttribute("rhythms", List.of(EcgRhythm.values()));
        model.addAttribute("findings", List.of(CriticalFinding.values()));
        model.addAttribute("alert", callBacks.alert(recording.id()).orElse(null));
        model.addAttribute("steps", callBacks.steps(recording.id()));
        model.addAttribute("now", Instant.now(clock));
        model.addAttribute(
                "form",
                form != null
                        ? form
                        : new ReportForm(
                                recording.afSuspected() ? EcgRhythm.ATRIAL_FIBRILLATION.name() : null,
                                String.valueOf(recording.heartRate()),
                                null,
                                String.valueOf(recording.qrsMs()),
                                null,
                                null,
                                recording.stemiSuspected(),
                                recording.stemiSuspected() ? CriticalFinding.STEMI.name() : null));
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        model.addAttribute("error", error);
        model.addAttribute(
                "waitingMinutes",
                Duration.between(recording.uploadedAt(), Instant.now(clock)).toMinutes());
        return "ecg/recording";
    }

    private Row row(Recording r, Instant now) {
        var patient = worklist.patient(r, users.require()).orElse(null);
        Integer age = patient == null ? null : patient.ageOn(LocalDate.ofInstant(r.uploadedAt(), clock.getZone()));
        Instant until = r.reportedAt() == null ? now : r.reportedAt();
        return new Row(r, patient, age, Duration.between(r.uploadedAt(), until).toMinutes());
    }
}
